"""Airflow DAG: the Stepping Stones nightly run under spark-submit (see README.md here).

Needs the apache-airflow-providers-apache-spark package, a Spark connection (``spark_default``
or SPARK_CONN_ID below) whose master is yarn, k8s://... or local[*], and the pipeline jar built
with ``mvn -B -DskipTests package`` at JAR on the Airflow worker.

Exit status of the job (docs/operations.md):
  0 done                                   -> task succeeds
  2 done, but a file was rejected whole    -> task succeeds, with a warning in its log; the
                                              task's return value (XCom) is 2
  3 another run holds the lake             -> task fails (and is retried: the other run ends)
  1 failed, every table as before the run  -> task fails (and is retried: the job is idempotent)
The job's last stdout line, ``stepping-stones-nightly status=... exit=...``, is in the task log.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

SPARK_CONN_ID = "spark_default"
JAR = "/opt/stepping-stones/target/stepping-stones-pipeline-1.0.0-SNAPSHOT.jar"
LANDING = "/srv/stepping-stones/landing"  # or s3a://..., abfss://... (see the README's cluster notes)
LAKE = "/srv/stepping-stones/lake"
EXPORT = "/srv/powerbi/stepping-stones"  # a path the driver writes and Power BI reads

# The key is never written here: the DAG passes the path of a file holding it (a mounted secret,
# e.g. a Kubernetes secret volume or a root-managed file readable by the Airflow user only). The
# path comes from the Airflow Variable below, read when the task runs, not when the DAG is parsed.
KEY_FILE = "{{ var.value.get('stepping_stones_pseudonym_key_file', '/run/secrets/ss-pseudonym-key') }}"

DONE_WITH_REJECTED_FILES = 2


class NightlySubmitOperator(SparkSubmitOperator):
    """spark-submit, reading exit status 2 (done, a file rejected whole) as success with a warning.

    The Spark hook raises on any non-zero exit with a message ending "Error code is: <n>."; that
    message is all it tells us, so it is what we read. The driver's exit status only reaches
    spark-submit in client deploy mode (the driver is the spark-submit process), hence
    deploy_mode="client" below; in cluster mode 2 and 3 would both read as a failure.
    """

    def execute(self, context):
        try:
            super().execute(context)
        except Exception as e:  # the hook's AirflowException; anything else is re-raised as is
            code = re.search(r"Error code is: (\d+)", str(e))
            if code is None or int(code.group(1)) != DONE_WITH_REJECTED_FILES:
                raise
            self.log.warning(
                "Stepping Stones nightly: done, but at least one landing file was rejected whole "
                "(exit 2). The report is published. The run summary above names each file and why; "
                "ask the source system for a corrected file with the same name (docs/operations.md)."
            )
            return DONE_WITH_REJECTED_FILES
        return 0


with DAG(
    dag_id="stepping_stones_nightly",
    description="Stepping Stones: landing -> Delta lake -> Power BI export, once a night",
    # 02:30 London time, after the LCS and finance extracts of the day before have landed.
    schedule="30 2 * * *",
    start_date=pendulum.datetime(2025, 4, 1, tz="Europe/London"),
    # Never backfill: one run takes every file in landing, so a missed night needs no catching up;
    # the next run ingests its files too.
    catchup=False,
    # One run at a time. The job also locks the lake itself (exit 3), but on object storage that
    # lock is only a marker file, so the scheduler must not start overlapping runs.
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=4),
    default_args={
        "owner": "stepping-stones",
        "retries": 2,
        "retry_delay": timedelta(minutes=20),
        "execution_timeout": timedelta(hours=3),
    },
    tags=["stepping-stones"],
) as dag:
    nightly = NightlySubmitOperator(
        task_id="nightly",
        conn_id=SPARK_CONN_ID,
        application=JAR,
        java_class="uk.steppingstones.nightly.NightlyJob",
        name="stepping-stones-nightly",
        deploy_mode="client",
        packages="io.delta:delta-spark_2.12:3.3.3",
        conf={
            "spark.sql.extensions": "io.delta.sql.DeltaSparkSessionExtension",
            "spark.sql.catalog.spark_catalog": "org.apache.spark.sql.delta.catalog.DeltaCatalog",
        },
        application_args=[
            "--landing", LANDING,
            "--lake", LAKE,
            "--export", EXPORT,
            # The as-of date is the night's extract date. This run starts at 02:30 on day D+1 for
            # the extracts of day D (files named *_<D>.csv). Airflow's `ds` is the start of the
            # data interval, i.e. D; data_interval_end is D+1 02:30, a day after the data, which
            # would count every open involvement one day longer and could move month and FY ends.
            # (If the schedule ever moves before midnight, on day D itself, this must become
            # data_interval_end's date.) Clearing an old run re-runs with that old date: the report
            # is rebuilt as of then, and the next scheduled night rebuilds it as of its own date.
            "--as-of", "{{ ds }}",
            "--pseudonym-key-file", KEY_FILE,
        ],
    )

"""The notebooks' Spark session: the lake by table name, as jobs/sql.sh reads it.

    from lake import session, to_pandas
    spark = session()

The session's default catalog is the pipeline's own uk.steppingstones.query.LakeCatalog (from the
project's jar), so gold tables are read by name (`monthly_savings`, or `report.monthly_savings`) and
the others as `conformed.ss_involvement`, `raw.person`, `ops.run_record`: the same names, and the
same rules (read only, a table opened only when a statement names it), as `jobs/sql.sh`. The test
suite checks that settings() below matches the session sql.sh opens, and runs every statement of
every notebook on the sample lake (notebooks/README.md).

The lake is the folder in SS_LAKE, by default the sample lake data/sample-lake that
`jobs/run-sample.sh` builds. The jar is target/stepping-stones-pipeline-*.jar (`mvn -DskipTests
package`), or the file in SS_PIPELINE_JAR.
"""
import glob
import os

NOTEBOOKS = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(NOTEBOOKS)
CATALOG = "lake"


def lake_folder():
    """The lake: SS_LAKE (a folder, or a URL such as s3a://...), else the sample lake."""
    lake = os.environ.get("SS_LAKE", os.path.join(PROJECT, "data", "sample-lake"))
    if "://" in lake:
        return lake
    lake = os.path.abspath(lake)
    if not any(os.path.isdir(os.path.join(lake, layer)) for layer in ("report", "conformed", "raw", "ops")):
        raise FileNotFoundError(
            f"{lake} is not a Stepping Stones lake (no report/, conformed/, raw/ or ops/ folder): "
            "build the sample lake with jobs/run-sample.sh, or set SS_LAKE to the folder given to nightly.sh --lake")
    return lake


def pipeline_jar():
    """The project's jar, which holds the lake catalog."""
    jar = os.environ.get("SS_PIPELINE_JAR")
    if jar:
        return jar
    jars = [j for j in glob.glob(os.path.join(PROJECT, "target", "stepping-stones-pipeline-*.jar"))
            if not j.endswith(("-sources.jar", "-tests.jar", "-javadoc.jar"))]
    if not jars:
        raise FileNotFoundError(
            "no target/stepping-stones-pipeline-*.jar: build it with `mvn -B -DskipTests package` in " + PROJECT)
    return max(jars, key=os.path.getmtime)


def settings(lake_root):
    """The Spark settings of the session: Delta, the lake as the default catalog, and the pipeline's
    time zone and ANSI mode (dates are UK wall-clock values kept as written), as sql.sh has them."""
    return {
        "spark.sql.extensions": "io.delta.sql.DeltaSparkSessionExtension",
        "spark.sql.catalog.spark_catalog": "org.apache.spark.sql.delta.catalog.DeltaCatalog",
        "spark.sql.catalog.lake": "uk.steppingstones.query.LakeCatalog",
        "spark.sql.catalog.lake.root": lake_root,
        "spark.sql.defaultCatalog": "lake",
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.ansi.enabled": "false",
        "spark.sql.shuffle.partitions": "1",
    }


def session(lake=None):
    """A local Spark session on the lake (SS_LAKE, or `lake` if given); re-running returns the same one."""
    from delta import configure_spark_with_delta_pip
    from pyspark.sql import SparkSession

    root = lake or lake_folder()
    builder = (SparkSession.builder.appName("stepping-stones-notebook")
               .master(os.environ.get("SS_SPARK_MASTER", "local[*]"))
               .config("spark.jars", pipeline_jar())
               .config("spark.ui.showConsoleProgress", "false"))
    for key, value in settings(root).items():
        builder = builder.config(key, value)
    spark = configure_spark_with_delta_pip(builder).getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    print(f"lake {root}: gold tables by name (SHOW TABLES); others as conformed.<table>, raw.<dataset>, ops.<table>")
    return spark


def to_pandas(df):
    """A Spark result as a pandas frame ready to chart: money (DECIMAL) as float, dates as datetimes."""
    from pyspark.sql.types import DateType, DecimalType, TimestampType

    frame = df.toPandas()
    for field in df.schema.fields:
        if isinstance(field.dataType, DecimalType):
            frame[field.name] = frame[field.name].astype(float)
        elif isinstance(field.dataType, (DateType, TimestampType)):
            import pandas as pd
            frame[field.name] = pd.to_datetime(frame[field.name])
    return frame

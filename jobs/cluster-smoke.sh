#!/usr/bin/env bash
# Proves the nightly job runs under spark-submit on a real cluster (docs/cluster.md): starts a
# Spark standalone master and one small worker on this machine (classes of the spark-core jar
# already in ~/.m2: nothing is downloaded), submits the -cluster jar to it with SparkSubmit (driver,
# master, worker and executor each their own JVM, so everything sent to the executor is
# serialized and the executor reads landing and lake itself), runs a full night of the committed
# sample, and compares every table of the lake and every export file with a local[*] run of the
# same night (jobs/nightly.sh). The worker runs in a mount namespace of its own in which the
# driver's export folder and key file are hidden, as on another node. Master and worker are
# always stopped (trap).
#
#   jobs/cluster-smoke.sh [--reuse-local]
#
# Takes 4 minutes on a quiet 2-core machine, 25 on a shared one (docs/cluster.md).
# --reuse-local keeps a local run already in target/cluster-smoke/local instead of running it again.
# Everything goes to target/cluster-smoke/ (logs: master.log, worker.log, cluster.log, local.log,
# work/ for the executor's own log). The last line is "cluster-smoke: PASS ..." (exit 0) or
# "cluster-smoke: FAIL ..." (exit 1). The sample night itself exits 2 on both sides: two files
# are rejected whole by design.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

REUSE_LOCAL=0
for a in "$@"; do
  case "$a" in
    --reuse-local) REUSE_LOCAL=1 ;;
    *) echo "usage: jobs/cluster-smoke.sh [--reuse-local]" >&2; exit 2 ;;
  esac
done

T0=$SECONDS
OUT=target/cluster-smoke
SPARK_DIST="$ROOT/$OUT/spark-home"
LANDING=data/sample-landing
KEY=data/sample-pseudonym.key
# The sample night's expected status: done, but two files rejected whole.
EXPECTED_EXIT=2
# Small, so the cluster fits beside other work on a 2-core machine.
WORKER_CORES=2 WORKER_MEMORY=3g EXECUTOR_MEMORY=2g DRIVER_HEAP=2g DAEMON_HEAP=512m

say() { echo "cluster-smoke: $*" >&2; }
fail() { echo "cluster-smoke: FAIL: $* ($((SECONDS - T0)) s)"; exit 1; }

# --- build: the normal jar (local run, comparison) and the -cluster jar ------------------------
build_if_needed
CLUSTER_JAR="$ROOT/target/stepping-stones-pipeline-1.0.0-SNAPSHOT-cluster.jar"
if [[ ! -f "$CLUSTER_JAR" || -n "$(find src/main pom.xml -newer "$CLUSTER_JAR" -print -quit)" ]]; then
  say "building the -cluster jar (mvn -Pcluster package)"
  mvn -q -B -ntp -Dstyle.color=never -Pcluster -DskipTests package >&2
fi

# --- a Spark distribution from ~/.m2 ------------------------------------------------------------
# SPARK_HOME/jars is what an installed Spark provides: the job's runtime classpath less every jar
# the -cluster jar carries itself (Delta, commons-csv, ...), so Delta reaches driver and executor
# only inside the application jar, as on a real cluster. The worker builds the executor's
# classpath from SPARK_HOME/jars and SPARK_CONF_DIR.
rm -rf "$SPARK_DIST" "$OUT/cluster" "$OUT/work" "$OUT/tmp"
mkdir -p "$SPARK_DIST/jars" "$SPARK_DIST/conf" "$OUT/work" "$OUT/tmp"
unzip -Z1 "$CLUSTER_JAR" | sort > "$OUT/cluster-jar.entries"
carried=()
IFS=: read -ra runtime < target/classpath.txt || true  # no newline at its end
for jar in "${runtime[@]}"; do
  entry=$(unzip -Z1 "$jar" 2>/dev/null | grep -v -e '/$' -e '^META-INF/' -e 'module-info.class$' | head -1 || true)
  if [[ -n "$entry" ]] && grep -qxF "$entry" "$OUT/cluster-jar.entries"; then
    carried+=("$(basename "$jar")")
  else
    ln -s "$jar" "$SPARK_DIST/jars/"
  fi
done
[[ -n "$(ls "$SPARK_DIST/jars" | grep '^spark-core_')" ]] || fail "no spark-core jar on the runtime classpath"
ls "$SPARK_DIST/jars" | grep -q '^delta-' && fail "Delta would come from the Spark distribution, not the -cluster jar"
say "Spark distribution: $(ls "$SPARK_DIST/jars" | wc -l) jars; the -cluster jar carries ${carried[*]}"
# Daemons and executor: warnings only, but the executor's finished tasks are counted below.
cp src/main/resources/log4j2-nightly.properties "$SPARK_DIST/conf/log4j2.properties"
cat >> "$SPARK_DIST/conf/log4j2.properties" <<'EOF'
logger.executor.name = org.apache.spark.executor.Executor
logger.executor.level = info
logger.worker.name = org.apache.spark.deploy
logger.worker.level = info
EOF

# Scratch space (shuffle, spills) of driver and executor alike.
export SPARK_HOME="$SPARK_DIST" SPARK_CONF_DIR="$SPARK_DIST/conf" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1 \
  SPARK_LOCAL_DIRS="$ROOT/$OUT/tmp"
SPARK_CP="$SPARK_DIST/conf/:$SPARK_DIST/jars/*"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
MASTER_PORT=$(free_port) MASTER_UI=$(free_port) WORKER_UI=$(free_port)
MASTER_URL="spark://127.0.0.1:$MASTER_PORT"

# --- master and worker, always stopped -----------------------------------------------------------
MASTER_PID= WORKER_PID=
stop_cluster() {
  local pid
  for pid in $WORKER_PID $MASTER_PID; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  MASTER_PID= WORKER_PID=
}
trap stop_cluster EXIT
trap 'stop_cluster; exit 130' INT TERM

wait_for() { # log, pattern, seconds, what
  local i
  for i in $(seq 1 "$3"); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 1
  done
  tail -20 "$1" >&2
  fail "$4 did not start within $3 s (see $1)"
}

T_CLUSTER=$SECONDS
java "${JAVA_OPENS[@]}" -Xmx$DAEMON_HEAP -cp "$SPARK_CP" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$MASTER_UI" > "$OUT/master.log" 2>&1 &
MASTER_PID=$!
wait_for "$OUT/master.log" "I have been elected leader" 120 "the master"
# The worker (and so the executor it starts) sees this machine as a node of a real cluster would:
# landing and lake (shared storage) as they are, but not what is only the driver's: the export
# folder is an empty private tmpfs and the key file is empty, in a mount namespace of its own.
mkdir -p "$OUT/cluster/export"
WORKER=(java "${JAVA_OPENS[@]}" -Xmx$DAEMON_HEAP -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker
  --host 127.0.0.1 --webui-port "$WORKER_UI" --cores $WORKER_CORES --memory $WORKER_MEMORY
  --work-dir "$ROOT/$OUT/work" "$MASTER_URL")
if unshare --mount --propagation private true 2>/dev/null; then
  ISOLATION="the executor cannot see the driver's export folder nor its key file"
  unshare --mount --propagation private bash -c 'mount -t tmpfs driver-only "$1" && mount --bind /dev/null "$2" && shift 2 && exec "$@"' \
    worker "$ROOT/$OUT/cluster/export" "$ROOT/$KEY" "${WORKER[@]}" > "$OUT/worker.log" 2>&1 &
else
  ISOLATION="no mount namespace (not root?): the executor shares the driver's files"
  "${WORKER[@]}" > "$OUT/worker.log" 2>&1 &
fi
WORKER_PID=$!
wait_for "$OUT/worker.log" "Successfully registered with master" 120 "the worker"
say "master $MASTER_URL (UI :$MASTER_UI) and worker ($WORKER_CORES cores, $WORKER_MEMORY) up; $ISOLATION"

# --- the night under spark-submit ------------------------------------------------------------
# Client mode: this JVM is the driver, so it takes the --add-opens list on its own command line;
# spark.driver.extraJavaOptions says the same for a cluster-mode driver. Landing, lake and export
# are given as relative paths, as jobs/run-sample.sh gives them: the executor, whose working
# directory is its folder under work/, must never resolve one itself.
OPENS="${JAVA_OPENS[*]}"
say "submitting the night to $MASTER_URL"
set +e
java "${JAVA_OPENS[@]}" -Xmx$DRIVER_HEAP -XX:+UseParallelGC $JIT_SMALL \
  -Dlog4j2.configurationFile="$ROOT/src/main/resources/log4j2-nightly.properties" \
  -cp "$SPARK_CP" org.apache.spark.deploy.SparkSubmit \
  --master "$MASTER_URL" --deploy-mode client \
  --name stepping-stones-nightly-smoke \
  --class uk.steppingstones.nightly.NightlyJob \
  --executor-memory $EXECUTOR_MEMORY --executor-cores $WORKER_CORES --total-executor-cores $WORKER_CORES \
  --conf "spark.driver.extraJavaOptions=$OPENS" \
  --conf "spark.executor.extraJavaOptions=$OPENS -XX:+UseParallelGC $JIT_SMALL" \
  --conf spark.driver.host=127.0.0.1 \
  --conf spark.ui.enabled=false \
  "$CLUSTER_JAR" \
  --landing "$LANDING" --lake "$OUT/cluster/lake" --export "$OUT/cluster/export" --pseudonym-key-file "$KEY" \
  > "$OUT/cluster.log" 2>&1
CLUSTER_EXIT=$?
set -e
T_CLUSTER=$((SECONDS - T_CLUSTER))
stop_cluster
CLUSTER_SUMMARY=$(grep '^stepping-stones-nightly ' "$OUT/cluster.log" | tail -1 || true)
say "cluster night: exit $CLUSTER_EXIT in $T_CLUSTER s (with master and worker start): $CLUSTER_SUMMARY"
TASKS=$(cat "$OUT"/work/app-*/*/stderr 2>/dev/null | grep -c "Finished task" || true)
say "the executor finished $TASKS tasks ($(ls -d "$OUT"/work/app-* 2>/dev/null | wc -l) application(s) on the worker)"

# --- the same night, local[*] -----------------------------------------------------------------
T_LOCAL=$SECONDS
if [[ $REUSE_LOCAL == 1 && -d "$OUT/local/lake/report" ]]; then
  say "reusing the local run in $OUT/local"
  LOCAL_EXIT=$(sed -n 's/^stepping-stones-nightly .* exit=\([0-9]*\) .*/\1/p' "$OUT/local.log" | tail -1)
else
  rm -rf "$OUT/local"
  say "running the same night local[*] (jobs/nightly.sh)"
  set +e
  "$ROOT/jobs/nightly.sh" --landing "$LANDING" --lake "$OUT/local/lake" --export "$OUT/local/export" \
    --pseudonym-key-file "$KEY" > "$OUT/local.log" 2>&1
  LOCAL_EXIT=$?
  set -e
fi
T_LOCAL=$((SECONDS - T_LOCAL))
LOCAL_SUMMARY=$(grep '^stepping-stones-nightly ' "$OUT/local.log" | tail -1 || true)
say "local night: exit $LOCAL_EXIT in $T_LOCAL s: $LOCAL_SUMMARY"

# --- compare ---------------------------------------------------------------------------------
problems=()
[[ $CLUSTER_EXIT == "$EXPECTED_EXIT" ]] || problems+=("the cluster night exited $CLUSTER_EXIT, not $EXPECTED_EXIT (see $OUT/cluster.log)")
[[ $LOCAL_EXIT == "$EXPECTED_EXIT" ]] || problems+=("the local night exited $LOCAL_EXIT, not $EXPECTED_EXIT (see $OUT/local.log)")
[[ $TASKS -gt 0 ]] || problems+=("no task ran on the executor")
# The summary lines agree on everything but the run id and the seconds taken.
strip() { sed -e 's/ run_id=[^ ]*//' -e 's/ seconds=[^ ]*//'; }
if [[ "$(strip <<< "$CLUSTER_SUMMARY")" != "$(strip <<< "$LOCAL_SUMMARY")" ]]; then
  problems+=("the summary lines differ")
fi
T_COMPARE=$SECONDS
if [[ -d "$OUT/cluster/lake" && -d "$OUT/local/lake" ]]; then
  say "comparing every lake table and export file (cluster vs local[*])"
  set +e
  (JAVA_OPTS="-Xmx2g -XX:+UseParallelGC $JIT_SMALL" run_class uk.steppingstones.nightly.CompareLakes \
    --expected "$OUT/local/lake" --actual "$OUT/cluster/lake" \
    --expected-export "$OUT/local/export" --actual-export "$OUT/cluster/export") > "$OUT/compare.log" 2> "$OUT/compare.err"
  COMPARE_EXIT=$?
  set -e
  grep -v '^same ' "$OUT/compare.log" >&2 || true
  [[ $COMPARE_EXIT == 0 ]] || problems+=("$(tail -1 "$OUT/compare.log" | cut -c1-300) (see $OUT/compare.log)")
  COMPARED=$(grep -c '^same ' "$OUT/compare.log" || true)
else
  problems+=("a lake is missing")
  COMPARED=0
fi
T_COMPARE=$((SECONDS - T_COMPARE))

TIMES="cluster night ${T_CLUSTER} s, local night ${T_LOCAL} s, comparison ${T_COMPARE} s, in all $((SECONDS - T0)) s"
if [[ ${#problems[@]} -gt 0 ]]; then
  printf 'cluster-smoke:   %s\n' "${problems[@]}"
  echo "cluster-smoke: FAIL ($TIMES)"
  exit 1
fi
echo "cluster-smoke: PASS: spark-submit to a standalone cluster and local[*] wrote the same $COMPARED tables and files; both exit $EXPECTED_EXIT ($TIMES)"

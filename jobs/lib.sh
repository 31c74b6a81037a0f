# Shared by the jobs/ scripts: build the project once, then run a class with the runtime classpath.
# Sourced, not run. Plain `java` needs Spark's --add-opens list on Java 17 (spark-submit adds it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

build_if_needed() {
  local jar="$ROOT/target/classes/uk/steppingstones/nightly/NightlyJob.class"
  if [[ ! -f "$jar" || -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]]; then
    echo "building the pipeline (first time: downloads dependencies)..." >&2
    (cd "$ROOT" && mvn -q -B -DskipTests package) >&2
  fi
  if [[ ! -f "$ROOT/target/classpath.txt" || "$ROOT/pom.xml" -nt "$ROOT/target/classpath.txt" ]]; then
    (cd "$ROOT" && mvn -q -B dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/classpath.txt) >&2
  fi
}

JAVA_OPENS=(
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
)

# The JVM's just-in-time compilers. By default C1 only: a night of the council's volume, or a query,
# is a few hundred short Spark jobs, where quick warm-up beats peak speed.
JIT_SMALL="-XX:TieredStopAtLevel=1"
# For large volumes (jobs/nightly.sh decides) C2 as well, kept for methods that are really hot (ten
# times the JVM's usual thresholds, so its compiling does not swamp a short night): measured on a
# 2-core machine, 2026-12-01, a full night at 20 times the sample's volume took 0.60 of its C1-only
# time (97 s against 163 s), at 5 times 0.85, and the sample itself 1.08.
JIT_LARGE="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=400000"
JIT_OPTS="$JIT_SMALL"

# The JVM options of the jobs/ scripts; JAVA_OPTS replaces them whole. MetaspaceSize: Spark's and
# Delta's classes outgrow the JVM's first class-metadata bound within seconds, and reaching it
# costs a full collection.
java_opts() {
  echo "${JAVA_OPTS:--Xmx4g -XX:+UseParallelGC $JIT_OPTS -XX:ReservedCodeCacheSize=256m -XX:MetaspaceSize=256m}"
}

run_class() {
  local class="$1"; shift
  exec java "${JAVA_OPENS[@]}" $(java_opts) \
    -Dlog4j2.configurationFile=log4j2-nightly.properties \
    -cp "$ROOT/target/classes:$(cat "$ROOT/target/classpath.txt")" "$class" "$@"
}

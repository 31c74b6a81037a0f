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

run_class() {
  local class="$1"; shift
  # C1 only: a night is a few hundred short queries, where fast warm-up beats peak speed.
  exec java "${JAVA_OPENS[@]}" ${JAVA_OPTS:--Xmx4g -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=256m} \
    -Dlog4j2.configurationFile=log4j2-nightly.properties \
    -cp "$ROOT/target/classes:$(cat "$ROOT/target/classpath.txt")" "$class" "$@"
}

# Sourced after lib.sh by the query tools (sql.sh, export.sh): runs a class with a class-data sharing
# archive (JDK AppCDS) of the classes a query loads. Loading Spark's and Delta's classes from ~150
# jars is the largest part of a short query's start-up; mapping them from the archive saves about
# 40% of its CPU. The first -e/-f run after a build records the archive as it exits (slower, once);
# the interactive shell only uses an archive, never records one (recording delays the exit).
run_class_shared() {
  local class="$1"; shift
  # The archive holds classes from jars only (not from a folder), so the project's classes are run
  # from a jar of target/classes, remade whenever a class is newer (mvn compile/test update the folder).
  local jar="$ROOT/target/query-tools.jar"
  if [[ ! -f "$jar" || -n "$(find "$ROOT/target/classes" -newer "$jar" -print -quit)" ]]; then
    jar --create --file "$jar.$$" -C "$ROOT/target/classes" . && mv -f "$jar.$$" "$jar"
  fi
  local archive="$ROOT/target/query-classes.jsa"
  local share=()
  local recording=""
  if [[ "${JAVA_OPTS:-}" == *FlightRecording* ]]; then
    : # no archive: this JDK 17 aborted when a flight recording started on an archive recorded without one
  elif [[ -f "$archive" && "$archive" -nt "$jar" && "$archive" -nt "$ROOT/target/classpath.txt" ]]; then
    share=(-XX:SharedArchiveFile="$archive")
  elif [[ " $* " == *" -e "* || " $* " == *" -f "* || " $* " == *" --out "* ]]; then
    # Recorded under a name of its own and moved into place, so two runs at once never share a half-written file.
    recording="$archive.$$"
    share=(-XX:ArchiveClassesAtExit="$recording")
  fi
  local status=0
  # -Xlog:cds*=off: the archive's warnings (classes it cannot hold, an archive from another build) are
  # not the user's business, and the JVM prints them on stdout, amid the results.
  java "${JAVA_OPENS[@]}" ${JAVA_OPTS:--Xmx4g -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=256m} \
    "${share[@]}" -Xlog:cds*=off \
    -Dlog4j2.configurationFile=log4j2-nightly.properties \
    -cp "$jar:$(cat "$ROOT/target/classpath.txt")" "$class" "$@" || status=$?
  if [[ -n "$recording" && -s "$recording" ]]; then
    mv -f "$recording" "$archive"
  fi
  rm -f "$recording"
  return $status
}

# Sourced after lib.sh by the nightly job and the query tools (nightly.sh, sql.sh, export.sh): runs
# a class with a class-data sharing archive (JDK AppCDS) of the classes it loads. Loading Spark's and
# Delta's classes from ~150 jars is the largest part of a short run's start-up; mapping them from the
# archive saves about 40% of a short query's CPU and seconds of every night's. A run that may record
# records the archive as it exits when there is none for this build (slower, once).
#
#   run_class_shared NAME RECORD CLASS ARGS...
#     NAME    the archive: target/NAME-classes.jsa (one per tool: each loads its own classes)
#     RECORD  yes: record the archive at exit when missing; no: only use one (the interactive
#             shell: recording delays its exit)
run_class_shared() {
  local name="$1" may_record="$2" class="$3"; shift 3
  # The archive holds classes from jars only (not from a folder), so the project's classes are run
  # from a jar of target/classes, remade whenever a class is newer (mvn compile/test update the folder).
  local jar="$ROOT/target/classes-for-sharing.jar"
  if [[ ! -f "$jar" || -n "$(find "$ROOT/target/classes" -newer "$jar" -print -quit)" ]]; then
    jar --create --file "$jar.$$" -C "$ROOT/target/classes" . && mv -f "$jar.$$" "$jar"
  fi
  local archive="$ROOT/target/$name-classes.jsa"
  local share=()
  local recording=""
  if [[ "${JAVA_OPTS:-}" == *FlightRecording* ]]; then
    : # no archive: this JDK 17 aborted when a flight recording started on an archive recorded without one
  elif [[ -f "$archive" && "$archive" -nt "$jar" && "$archive" -nt "$ROOT/target/classpath.txt" ]]; then
    share=(-XX:SharedArchiveFile="$archive")
  elif [[ "$may_record" == yes ]]; then
    # Recorded under a name of its own and moved into place, so two runs at once never share a half-written file.
    recording="$archive.$$"
    share=(-XX:ArchiveClassesAtExit="$recording")
  fi
  local run=(java "${JAVA_OPENS[@]}" $(java_opts)
    "${share[@]}" -Xlog:cds*=off -Dlog4j2.configurationFile=log4j2-nightly.properties
    -cp "$jar:$(cat "$ROOT/target/classpath.txt")" "$class" "$@")
  if [[ -z "$recording" ]]; then
    # The JVM takes this shell's place, so a scheduler's signal reaches it.
    exec "${run[@]}"
  fi
  local status=0
  # -Xlog:cds*=off (above): the archive's warnings (classes it cannot hold, an archive from another
  # build) are not the user's business, and the JVM prints them on stdout, amid the results.
  "${run[@]}" || status=$?
  if [[ -n "$recording" && -s "$recording" ]]; then
    mv -f "$recording" "$archive"
  fi
  rm -f "$recording"
  return $status
}

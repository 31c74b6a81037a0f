#!/usr/bin/env bash
# The nightly run (outputs.md):
#   jobs/nightly.sh --landing DIR --lake DIR --export DIR [--as-of yyyy-MM-dd] [--pseudonym-key-file FILE]
# Exit status: 0 done; 2 done, but a file was rejected whole; 3 another run holds the lake;
# 1 failed (every published table and export file as before the run). The last line on stdout is
# always the summary line "stepping-stones-nightly status=... exit=..." (docs/operations.md).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shared-classes.sh"
build_if_needed

# The night's volume picks the JIT (lib.sh): above 12 MB of landing files and conformed tables
# (the sample holds 4 MB and 2 MB) both compilers pay; paths not on this disk count as small.
volume_mb() {
  local landing="" lake=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --landing) landing="${2:-}"; shift 2 || shift ;;
      --lake) lake="${2:-}"; shift 2 || shift ;;
      *) shift ;;
    esac
  done
  { du -sbc "$landing" "$lake/conformed" 2>/dev/null || true; } | awk 'END {print int($1 / 1048576)}'
}
if [[ -z "${JAVA_OPTS:-}" ]]; then
  mb=$(volume_mb "$@")
  if (( ${mb:-0} > 12 )); then
    JIT_OPTS="$JIT_LARGE"
    echo "nightly: ${mb} MB of landing files and conformed tables: C2 compiler on for hot methods" >&2
  fi
fi
run_class_shared nightly yes uk.steppingstones.nightly.NightlyJob "$@"

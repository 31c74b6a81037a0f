#!/usr/bin/env bash
# Times the nightly job with farm-bench (median of several whole-process runs):
#   full night       - an empty lake, the whole sample landing folder
#   incremental      - a lake holding all but the last extract date, then the last night's files
#   full night x4    - a sample generated at four times the volume (cost should grow linearly)
# Usage: jobs/benchmark.sh [RUNS]     (default 3). Needs farm-bench on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
WORK="${BENCH_DIR:-/tmp/ss-bench}"
KEY=data/sample-pseudonym.key
source jobs/lib.sh
build_if_needed
rm -rf "$WORK" && mkdir -p "$WORK"

night() { # landing lake export
  echo "jobs/nightly.sh --landing $1 --lake $2 --export $3 --pseudonym-key-file $KEY >/dev/null 2>&1; test \$? -ne 1"
}

echo "== full night on the sample"
farm-bench -n "$RUNS" --timeout 1800 -- sh -c "rm -rf $WORK/full-lake $WORK/full-export; $(night data/sample-landing "$WORK/full-lake" "$WORK/full-export")"

echo "== incremental night (the last extract date on top of the rest)"
last=$(ls data/sample-landing | sed -n 's/.*_\([0-9]\{8\}\)\(_[0-9]*\)\?\.csv$/\1/p' | sort | tail -1)
mkdir -p "$WORK/before-last"
for f in data/sample-landing/*; do [[ "$f" == *"_${last}"* ]] || cp "$f" "$WORK/before-last/"; done
eval "$(night "$WORK/before-last" "$WORK/base-lake" "$WORK/base-export")" || true
farm-bench -n "$RUNS" --timeout 1800 -- sh -c "rm -rf $WORK/inc-lake $WORK/inc-export; cp -r $WORK/base-lake $WORK/inc-lake; cp -r $WORK/base-export $WORK/inc-export; $(night data/sample-landing "$WORK/inc-lake" "$WORK/inc-export")"

echo "== full night at four times the volume"
jobs/generate-sample.sh --out "$WORK/landing-x4" --scale 4 >/dev/null
farm-bench -n "$RUNS" --timeout 3600 -- sh -c "rm -rf $WORK/x4-lake $WORK/x4-export; $(night "$WORK/landing-x4" "$WORK/x4-lake" "$WORK/x4-export")"

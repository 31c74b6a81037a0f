#!/usr/bin/env bash
# Runs the nightly job on the committed sample one extract night at a time, as production would:
# night N's landing folder holds the files of extract dates up to N (and the sample's other files),
# so the run record and the data-quality tables hold one night per extract date.
#   jobs/run-sample-nights.sh [LAKE] [EXPORT]     (default data/sample-nights-lake, data/sample-nights-export)
# Each night exits 2 by design (the sample holds files that are rejected whole).
set -euo pipefail
cd "$(dirname "$0")/.."
LAKE="${1:-data/sample-nights-lake}"
EXPORT="${2:-data/sample-nights-export}"
LANDING="$(mktemp -d)"
trap 'rm -rf "$LANDING"' EXIT
dates=$(ls data/sample-landing | sed -n 's/.*_\([0-9]\{8\}\)\(_[0-9]*\)\?\.csv$/\1/p' | sort -u)
for d in $dates; do
  for f in data/sample-landing/*; do
    n=$(basename "$f")
    fd=$(echo "$n" | sed -n 's/.*_\([0-9]\{8\}\)\(_[0-9]*\)\?\.csv$/\1/p')
    if [[ -z "$fd" || "$fd" -le "$d" ]]; then cp -p "$f" "$LANDING/"; fi
  done
  echo "== night $d" >&2
  jobs/nightly.sh --landing "$LANDING" --lake "$LAKE" --export "$EXPORT" \
    --pseudonym-key-file data/sample-pseudonym.key >/dev/null || [[ $? -eq 2 ]]
done
echo "lake: $LAKE" >&2

#!/usr/bin/env bash
# Writes the Power Query (M) files of powerbi/ from the report tables' schemas (docs/power-bi.md):
#   jobs/powerbi.sh              # into powerbi/
#   jobs/powerbi.sh --out DIR
# A test fails while the committed files differ from what this writes: run it after adding a
# report table or changing a table's columns, and commit powerbi/.
source "$(dirname "$0")/lib.sh"
build_if_needed
if [[ " $* " != *" --out "* ]]; then
  set -- --out "$ROOT/powerbi" "$@"
fi
run_class uk.steppingstones.export.PowerQueryFiles "$@"

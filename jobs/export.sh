#!/usr/bin/env bash
# Writes the Power BI export a night published again, from the gold table versions that night left:
#   jobs/export.sh --lake data/sample-lake --as-published 2025-03-28 --out /tmp/export-2025-03-28
# NIGHT is an as-of date (the latest successful run with it) or a run id (ops/run_record).
# Exit status: 0 written; 1 failed (nothing half-written left in --out); 2 bad input.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shared-classes.sh"
build_if_needed
# A one-off query (-e, -f) or an export records the archive; the interactive shell only uses one.
record=no
[[ " $* " == *" -e "* || " $* " == *" -f "* || " $* " == *" --out "* ]] && record=yes
run_class_shared query "$record" uk.steppingstones.query.PublishedExport "$@"

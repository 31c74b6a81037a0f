#!/usr/bin/env bash
# The annual report of a financial year, or the data-quality report of the last nights, as one
# self-contained HTML file (opens offline, prints to A4):
#   jobs/report.sh --lake DIR --out DIR [--fy 2024-25] [--as-published NIGHT]
#   jobs/report.sh --lake DIR --out DIR --data-quality [--nights N]
# NIGHT is an extract night (the as-of date of a successful run) or a run id: the gold tables are
# read at the versions that run recorded. Prints the file written; exit 1 with one line on bad input.
source "$(dirname "$0")/lib.sh"
build_if_needed
run_class uk.steppingstones.document.ReportCommand "$@"

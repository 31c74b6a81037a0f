#!/usr/bin/env bash
# The nightly run (outputs.md):
#   jobs/nightly.sh --landing DIR --lake DIR --export DIR [--as-of yyyy-MM-dd] [--pseudonym-key-file FILE]
# Exit status: 0 done; 2 done, but a file was rejected whole; 3 another run holds the lake;
# 1 failed (every published table and export file as before the run). The last line on stdout is
# always the summary line "stepping-stones-nightly status=... exit=..." (docs/operations.md).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shared-classes.sh"
build_if_needed
run_class_shared nightly yes uk.steppingstones.nightly.NightlyJob "$@"

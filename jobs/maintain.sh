#!/usr/bin/env bash
# Weekly upkeep of the lake (docs/operations.md, "Maintenance"):
#   jobs/maintain.sh --lake DIR
# Compacts the small files the nights leave (Delta OPTIMIZE) and deletes data files replaced more
# than 430 days ago (VACUUM), so every night published in the last 13 months still reads back with
# --as-published. Takes the nightly job's lock. Exit status: 0 done; 1 failed; 2 bad input (options,
# or not a lake); 3 a night holds the lake, nothing was done. The last line on stdout is always the
# summary line "stepping-stones-maintain status=... exit=... files_deleted=... bytes_freed=...".
source "$(dirname "$0")/lib.sh"
build_if_needed
run_class uk.steppingstones.maintenance.MaintainJob "$@"

#!/usr/bin/env bash
# Writes docs/tables.md, the data dictionary, from the tables' declarations in the code (each
# report table's doc(), the landing contract's columns, the form tables' questions, the operations
# tables). Run it after changing a declaration; a test fails while the file is out of date.
#   jobs/docs.sh                  # rewrites docs/tables.md
#   jobs/docs.sh --out FILE       # writes elsewhere
source "$(dirname "$0")/lib.sh"
build_if_needed
if [[ $# -eq 0 ]]; then
  set -- --out "$ROOT/docs/tables.md"
fi
run_class uk.steppingstones.docs.DataDictionary "$@"

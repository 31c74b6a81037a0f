#!/usr/bin/env bash
# Kept for existing notebooks and habits: the same as jobs/sql.sh, where a bare argument is a
# statement (or a .sql file):   jobs/query.sh --lake data/sample-lake "select * from headline_summary"
exec "$(dirname "$0")/sql.sh" "$@"

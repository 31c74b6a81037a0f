#!/usr/bin/env bash
# Spark SQL over a lake: gold tables by name, others as conformed.<table>, raw.<dataset>, ops.<table>.
#   jobs/sql.sh --lake data/sample-lake                                    # interactive shell
#   jobs/sql.sh --lake data/sample-lake -e "select * from headline_summary"
#   jobs/sql.sh --lake data/sample-lake --csv -f report.sql > report.csv
#   jobs/sql.sh --lake data/sample-lake --as-published 2025-03-28 -e "select * from monthly_savings"
# Exit status: 0 done; 1 a statement failed; 2 bad input (unknown option, not a lake, a night that never ran).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shared-classes.sh"
build_if_needed
# A one-off query (-e, -f) or an export records the archive; the interactive shell only uses one.
record=no
[[ " $* " == *" -e "* || " $* " == *" -f "* || " $* " == *" --out "* ]] && record=yes
run_class_shared query "$record" uk.steppingstones.query.SqlCommand "$@"

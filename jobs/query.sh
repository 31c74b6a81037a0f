#!/usr/bin/env bash
# Spark SQL over a lake, every table registered as a view (gold tables by name, others as
# raw_<dataset>, conformed_<table>, ops_<table>):
#   jobs/query.sh --lake data/sample-lake "select * from headline_summary"
source "$(dirname "$0")/lib.sh"
build_if_needed
run_class uk.steppingstones.nightly.LakeQuery "$@"

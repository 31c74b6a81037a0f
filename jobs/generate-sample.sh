#!/usr/bin/env bash
# Writes a sample landing folder (seeded, deterministic; plain Java, no Spark):
#   jobs/generate-sample.sh --out DIR [--seed N] [--scale F]
source "$(dirname "$0")/lib.sh"
build_if_needed
run_class uk.steppingstones.sample.SampleGenerator "$@"

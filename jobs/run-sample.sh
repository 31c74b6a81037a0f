#!/usr/bin/env bash
# Runs the nightly job on the committed sample extracts (building the project first if needed).
# The lake and the Power BI export go to data/sample-lake and data/sample-export (git-ignored).
# Extra arguments are passed on, e.g. --as-of 2025-03-31.
set -euo pipefail
cd "$(dirname "$0")/.."
exec jobs/nightly.sh --landing data/sample-landing --lake data/sample-lake --export data/sample-export \
  --pseudonym-key-file data/sample-pseudonym.key "$@"

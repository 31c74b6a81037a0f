#!/usr/bin/env bash
# Rewrites the generated parts of docs/landing.md (dataset columns, form types, question codes,
# code lists, quarantine reasons) from the landing contract classes:
#   jobs/landing-doc.sh            # docs/landing.md
#   jobs/landing-doc.sh FILE
# A test fails while the committed document differs from what this writes.
source "$(dirname "$0")/lib.sh"
build_if_needed
run_class uk.steppingstones.landing.LandingContractDoc "${1:-$ROOT/docs/landing.md}"

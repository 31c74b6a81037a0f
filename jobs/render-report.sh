#!/usr/bin/env bash
# Looks at a report as a reader would: prints an HTML report to PDF with headless Chromium (A4, as
# a browser prints it) and turns every page into a PNG, to check that nothing is cut off and every
# chart shows data. A check for people, not a test. Needs Debian's chromium and poppler-utils:
#   apt-get install -y chromium poppler-utils
#   jobs/render-report.sh REPORT.html OUT_DIR [DPI]      -> OUT_DIR/REPORT.pdf, OUT_DIR/REPORT-01.png ...
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: jobs/render-report.sh REPORT.html OUT_DIR [DPI]" >&2
  exit 1
fi
html="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$2"
dpi="${3:-80}"
mkdir -p "$out"
name="$(basename "$html" .html)"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# No network, no background services: the page must render from the file alone.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
  --virtual-time-budget=10000 --print-to-pdf="$out/$name.pdf" "file://$html" 2>/dev/null
pdftoppm -png -r "$dpi" "$out/$name.pdf" "$out/$name"
ls "$out/$name"*.png | wc -l | xargs echo "pages:" >&2

#!/usr/bin/env bash
# Times nights of this checkout against a fixed earlier commit, run side by side on this machine
# (A B A B ...), and prints each scenario's medians and the ratio A/B: machines differ, ratios
# measured together hold. Whole processes (JVM start included), timed with GNU time.
#
#   jobs/benchmark.sh [--runs N] [--baseline DIR] [--scale20] [--scale100]
#
#   --baseline DIR  a built checkout of the commit to compare with (default: target/bench-baseline,
#                   made here with git worktree at commit $BASELINE_COMMIT and built once)
#   --runs N        counted runs per command and scenario (default 3; one warm-up run is not counted)
#   --scale20       also a full night at 20 times the sample's volume, against the baseline's
#   --scale100      also one full night at 100 times the volume (this checkout only: wall, peak memory)
#
# Scenarios and targets (ratio = this checkout / baseline full night on the same data):
#   full        the committed sample on an empty lake                          target <= 0.4
#   incremental the sample's last extract night on a lake holding the others   target <= 0.2
#   nothing-new a re-run over the same landing folder (every file skipped)     target <= 10 s
#   scale20     a generated sample at 20x on an empty lake                     target <= 0.5
set -euo pipefail
cd "$(dirname "$0")/.."
BASELINE_COMMIT=54173eb
RUNS=3
BASE=target/bench-baseline
SCALE20=0
SCALE100=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --baseline) BASE="$2"; shift 2 ;;
    --scale20) SCALE20=1; shift ;;
    --scale100) SCALE100=1; shift ;;
    *) echo "usage: jobs/benchmark.sh [--runs N] [--baseline DIR] [--scale20] [--scale100]" >&2; exit 1 ;;
  esac
done
WORK="${BENCH_DIR:-/tmp/ss-bench}"
KEY=data/sample-pseudonym.key
HERE=$(pwd)
source jobs/lib.sh
build_if_needed
if [[ ! -d "$BASE" ]]; then
  echo "baseline: git worktree of $BASELINE_COMMIT at $BASE" >&2
  git worktree prune
  git worktree add --detach "$BASE" "$BASELINE_COMMIT" >&2
fi
BASE=$(cd "$BASE" && pwd)
(cd "$BASE" && source jobs/lib.sh && build_if_needed)
rm -rf "$WORK" && mkdir -p "$WORK"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(date -u +%Y-%m-%d)"

# One timed night: CHECKOUT LANDING LAKE EXPORT PREPARE OUT -> appends "wall user sys peak_kb exit" to OUT
timed() {
  local checkout="$1" landing="$2" lake="$3" export="$4" prepare="$5" out="$6"
  eval "$prepare"
  /usr/bin/time -f "%e %U %S %M %x" -o "$WORK/one" \
    "$checkout/jobs/nightly.sh" --landing "$landing" --lake "$lake" --export "$export" \
    --pseudonym-key-file "$HERE/$KEY" >"$WORK/last.out" 2>"$WORK/last.err" || true
  # Exit 0 or 2 (done; done with a file rejected): the baseline predates the summary line, so the
  # exit status decides.
  local code
  code=$(tail -1 "$WORK/one" | awk '{print $5}')
  if [[ "$code" != 0 && "$code" != 2 ]]; then
    echo "night failed ($checkout, $landing): exit $code; see $WORK/last.err" >&2
    exit 1
  fi
  tail -1 "$WORK/one" >>"$out"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

# report NAME FILE_A [FILE_B]: medians of wall, CPU and peak memory; with B, the median of A/B pair by pair.
report() {
  local name="$1" a="$2" b="${3:-}"
  local wall cpu mem
  wall=$(awk '{print $1}' "$a" | median); cpu=$(awk '{print $2+$3}' "$a" | median)
  mem=$(awk '{print $4/1024}' "$a" | median)
  if [[ -n "$b" ]]; then
    local bwall ratio
    bwall=$(awk '{print $1}' "$b" | median)
    # Each line: wall user sys peak_kb exit; pasted, B's wall is field 6.
    ratio=$(paste -d' ' "$a" "$b" | awk '{print $1/$6}' | median)
    printf '%-12s this %7.1f s wall %7.1f s CPU %6.0f MB peak | baseline %7.1f s wall | ratio %.2f\n' \
      "$name" "$wall" "$cpu" "$mem" "$bwall" "$ratio"
  else
    printf '%-12s this %7.1f s wall %7.1f s CPU %6.0f MB peak\n' "$name" "$wall" "$cpu" "$mem"
  fi
}

# pair NAME LANDING [FIRST]: full nights of this checkout (A) and the baseline (B) in turn, a warm-up
# pair first (FIRST=1 leaves it out: the larger volumes come after the sample's pairs, which warmed
# up the disk cache and recorded the class-data archives, and each of their nights takes minutes).
pair() {
  local name="$1" landing="$2" first="${3:-0}"
  : >"$WORK/$name.a"; : >"$WORK/$name.b"
  for i in $(seq "$first" "$RUNS"); do
    local a="$WORK/$name.a" b="$WORK/$name.b"
    [[ $i -eq 0 ]] && a="$WORK/warmup" && b="$WORK/warmup"
    timed "$HERE" "$landing" "$WORK/a-lake" "$WORK/a-export" "rm -rf $WORK/a-lake $WORK/a-export" "$a"
    timed "$BASE" "$landing" "$WORK/b-lake" "$WORK/b-export" "rm -rf $WORK/b-lake $WORK/b-export" "$b"
  done
  report "$name" "$WORK/$name.a" "$WORK/$name.b"
}

pair full "$HERE/data/sample-landing"

# Incremental: this checkout's lake of every extract date but the last, then the last night's files,
# against the baseline's full night (measured above).
last=$(ls data/sample-landing | sed -n 's/.*_\([0-9]\{8\}\)\(_[0-9]*\)\?\.csv$/\1/p' | sort | tail -1)
mkdir -p "$WORK/before-last"
for f in data/sample-landing/*; do [[ "$f" == *"_${last}"* ]] || cp "$f" "$WORK/before-last/"; done
timed "$HERE" "$WORK/before-last" "$WORK/base-lake" "$WORK/base-export" ":" "$WORK/warmup"
: >"$WORK/incremental.a"
for i in $(seq 0 "$RUNS"); do
  out="$WORK/incremental.a"; [[ $i -eq 0 ]] && out="$WORK/warmup"
  timed "$HERE" "$HERE/data/sample-landing" "$WORK/inc-lake" "$WORK/inc-export" \
    "rm -rf $WORK/inc-lake $WORK/inc-export; cp -r $WORK/base-lake $WORK/inc-lake; cp -r $WORK/base-export $WORK/inc-export" "$out"
done
report incremental "$WORK/incremental.a" "$WORK/full.b"

# Nothing new: the full lake again over the same folder.
: >"$WORK/nothing-new.a"
for i in $(seq 0 "$RUNS"); do
  out="$WORK/nothing-new.a"; [[ $i -eq 0 ]] && out="$WORK/warmup"
  timed "$HERE" "$HERE/data/sample-landing" "$WORK/inc-lake" "$WORK/inc-export" ":" "$out"
done
report nothing-new "$WORK/nothing-new.a"

if [[ $SCALE20 -eq 1 ]]; then
  jobs/generate-sample.sh --out "$WORK/landing-x20" --scale 20 >/dev/null
  pair scale20 "$WORK/landing-x20" 1
fi
if [[ $SCALE100 -eq 1 ]]; then
  # The generator holds the whole generated council in memory: its default 4 GB heap is enough at
  # 20 times the volume, not at 100 (it stopped with "GC overhead limit exceeded", 2026-12-01).
  JAVA_OPTS="-Xmx18g -XX:+UseParallelGC" jobs/generate-sample.sh --out "$WORK/landing-x100" --scale 100 >/dev/null
  : >"$WORK/scale100.a"
  timed "$HERE" "$WORK/landing-x100" "$WORK/x100-lake" "$WORK/x100-export" ":" "$WORK/scale100.a"
  report scale100 "$WORK/scale100.a"
fi

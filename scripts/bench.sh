#!/usr/bin/env bash
#! Browser benchmark (not part of the test command): builds the release, generates
#! synthetic briefings of 1k, 10k and 100k positions, serves everything on loopback and
#! drives headless Chromium: the explorer side by side with TimelineJS showing the same
#! events (first content, layout shift, first-visit size, Lighthouse), then the synthetic
#! briefings, then the first tap: how fast the page answers a reader's first tap ("Stance
#! matrix", "Filters", a filter choice, typing in search, "Show in source") 0.5, 2 and 4 s
#! after load, beside TimelineJS moving to its next event, on Lighthouse's mobile profile
#! (touch, 150 ms round trip, 1.6 Mbit/s, CPU 4× slower) and unthrottled, served
#! gzip-compressed, with a traced tap saying where the time goes (tests/bench/tap.mjs);
#! prints the tables and the targets table (docs/performance.md).
#! Usage: scripts/bench.sh [KEYSTROKES]   (default 40 keystrokes per briefing)
#! Environment: BENCH_RUNS (alternating runs per page, 11), BENCH_LH_RUNS (Lighthouse runs
#! per page, 5), BENCH_SETTLE_MS (3000), BENCH_SIZES, BENCH_SKIP (any of side-by-side,
#! synthetic, lighthouse, tap: BENCH_SKIP=side-by-side,synthetic,lighthouse runs the first
#! tap alone, about 15 minutes), BENCH_TAP_RUNS (5), BENCH_TAP_DELAYS (500,2000,4000),
#! BENCH_TAP_PROFILES (mobile,unthrottled), BENCH_TAP_ACTIONS, BENCH_TAP_TRACE, CHROME_PATH
#! (/usr/bin/chromium): see tests/bench/browser-bench.mjs and tests/bench/tap.mjs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/bootstrap.sh >/dev/null
source scripts/env.sh
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

# The benchmark's own npm packages (Lighthouse, TimelineJS), kept out of the test command's
# install: tests/bench/package-lock.json into tests/bench/node_modules, again only when the
# lock file changed. Without them the benchmark still runs and says what is missing.
stamp=tests/bench/node_modules/.bench-stamp
if [ -f "$stamp" ] && cmp -s tests/bench/package-lock.json "$stamp" \
  && [ -f tests/bench/node_modules/lighthouse/cli/index.js ] \
  && [ -f tests/bench/node_modules/@knight-lab/timelinejs/dist/js/timeline.js ]; then
  :
else
  echo "[bench] installing the benchmark's npm packages (npm ci in tests/bench)"
  if (cd tests/bench && timeout 600 npm ci --no-audit --no-fund --loglevel=error); then
    cp tests/bench/package-lock.json "$stamp"
  else
    echo "[bench] npm ci in tests/bench failed: Lighthouse and TimelineJS figures will be missing" >&2
  fi
fi

echo "[bench] release build"
trunk build --release --offline >/dev/null 2>&1 || trunk build --release --offline
out=target/bench-dist
rm -rf "$out" && cp -r dist "$out"
# The synthetic briefings, unless that part is skipped (BENCH_SKIP=…,synthetic,…).
if [[ ",${BENCH_SKIP:-}," != *,synthetic,* ]]; then
  echo "[bench] generating synthetic briefings"
  cargo build --offline --release -p briefing-cli --quiet
  for n in 1000 10000 100000; do
    target/release/briefing synthetic "$n" 1 > "$out/synthetic-$n.json"
  done
fi
# The run stops itself after BENCH_TIMEOUT_MS (60 min); this is the backstop.
timeout --kill-after=30 3900 node tests/bench/browser-bench.mjs "$out" "${1:-40}"
echo "[bench] done in $((SECONDS / 60)) min $((SECONDS % 60)) s (build included)"

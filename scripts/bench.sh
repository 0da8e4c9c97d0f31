#!/usr/bin/env bash
#! Browser benchmark (not part of the test command): builds the release, generates
#! synthetic briefings of 1k, 10k and 100k positions, serves everything on loopback and
#! drives headless Chromium, then prints a table of timings and heap sizes.
#! Usage: scripts/bench.sh [KEYSTROKES]   (default 40 keystrokes per briefing)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/bootstrap.sh >/dev/null
source scripts/env.sh

echo "[bench] release build"
trunk build --release --offline >/dev/null 2>&1 || trunk build --release --offline
out=target/bench-dist
rm -rf "$out" && cp -r dist "$out"
echo "[bench] generating synthetic briefings"
cargo build --offline --release --bin briefing --quiet
for n in 1000 10000 100000; do
  target/release/briefing synthetic "$n" 1 > "$out/synthetic-$n.json"
done
node tests/bench/browser-bench.mjs "$out" "${1:-40}"

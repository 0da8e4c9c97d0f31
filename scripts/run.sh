#!/usr/bin/env bash
#! The README's run command: set up what is missing, build the release (the explorer and,
#! in dist/studio/, Briefing Studio), serve it on http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/bootstrap.sh
source scripts/env.sh
echo "[run] building the release (trunk build --release)"
trunk build --release --offline
# The studio is a page and wasm binary of its own, in dist/studio/ (after the explorer's
# build, which replaces dist/ whole).
echo "[run] building the studio (trunk build --release --dist dist/studio studio/index.html)"
trunk build --release=true --offline=true --dist dist/studio studio/index.html
exec node tests/e2e/support/server.mjs dist "${PORT:-8080}"

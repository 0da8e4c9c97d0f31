#!/usr/bin/env bash
#! The README's run command: set up what is missing, build the release, serve it on
#! http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/bootstrap.sh
source scripts/env.sh
echo "[run] building the release (trunk build --release)"
trunk build --release --offline
exec node tests/e2e/support/server.mjs dist "${PORT:-8080}"

#!/usr/bin/env bash
#! Screenshots of each view (cards, matrix, timeline, source) at 390×844, 768×1024 and
#! 1280×900, light and dark, into target/screenshots/. Builds the release first unless
#! --no-build; --readme also rewrites the README's picture (docs/images/explorer.png).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/bootstrap.sh >/dev/null
source scripts/env.sh
build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    *) args+=("$a") ;;
  esac
done
if [ "$build" = 1 ]; then
  echo "[screenshots] release build (trunk build --release)"
  trunk build --release --offline >/dev/null 2>&1 || trunk build --release --offline
fi
exec node tests/shots/screenshots.mjs dist target/screenshots "${args[@]}"

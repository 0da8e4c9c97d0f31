#!/usr/bin/env bash
#! The README's test command: set up what is missing, then run every suite — native tests,
#! wasm component tests in headless Chromium, end-to-end journeys in headless Chromium
#! against the release dist/ served on loopback, and a smoke journey in Chromium, Firefox ESR
#! and WebKitGTK through W3C WebDriver. Stops at the first failing suite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/bootstrap.sh
source scripts/env.sh

step() { printf '\n\033[1m[test] %s\033[0m\n' "$*"; }

step "1/6 native tests of every crate (cargo test --workspace)"
cargo test --offline --workspace

step "2/6 wasm component tests in headless Chromium (wasm-bindgen-test)"
cargo test --offline --target wasm32-unknown-unknown -p briefing-explorer --test browser

step "3/6 release build (trunk build --release): the explorer, then the studio in dist/studio/"
trunk build --release --offline
trunk build --release=true --offline=true --dist dist/studio studio/index.html

step "4/6 fault-injection build, for the panic test (debug, not shipped)"
# index.html names the explorer's cargo features, and Trunk lets those override
# `--features`: the fault build is made from a copy of the page that adds the feature.
sed 's/data-cargo-features="lazy-languages"/data-cargo-features="lazy-languages,fault-injection"/' \
  index.html > fault-injection.html
trap 'rm -f fault-injection.html' EXIT
grep -q 'lazy-languages,fault-injection' fault-injection.html
trunk build --offline --dist target/fault-dist fault-injection.html
rm -f fault-injection.html

step "5/6 end-to-end tests in headless Chromium (node --test)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs

step "6/6 smoke journey in Chromium, Firefox ESR and WebKitGTK (W3C WebDriver, node --test)"
node --test --test-concurrency=1 tests/engines/*.test.mjs

#!/usr/bin/env bash
#! Installs, idempotently and at pinned versions, every tool the build and the tests need.
#
# Only the package registries are used (rustup's own channel for the wasm target, crates.io,
# npm, Debian). Each step says what it does; the first failure stops the script with a
# message naming the step. Re-running skips everything already present at the right version.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=..."` pin in Cargo.toml
GECKODRIVER_VERSION=0.37.1

say() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[bootstrap] FAILED:\033[0m %s\n' "$*" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PATH"

# What this script cannot install itself (see README, "Before you start").
command -v cargo >/dev/null || fail "cargo is not on PATH; install Rust (1.88 or newer) with rustup first"
command -v rustup >/dev/null || fail "rustup is not on PATH; it is needed to add the wasm32 target (install Rust with rustup)"
command -v cc >/dev/null || command -v gcc >/dev/null \
  || fail "no C compiler (cc); crates built from source need one (Debian: apt-get install build-essential)"
command -v node >/dev/null || fail "node is not on PATH; install Node.js 20 or newer"
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || fail "Node.js $(node --version) is too old: the test runner and playwright-core need 20 or newer"
command -v npm >/dev/null || fail "npm is not on PATH; install it with Node.js 20 or newer"

# 1. The wasm32 target.
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "adding the wasm32-unknown-unknown target (rustup)"
  rustup target add wasm32-unknown-unknown || fail "rustup target add wasm32-unknown-unknown"
fi

# 2. Trunk, pinned: 0.22 needs a newer rustc than this toolchain.
if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "trunk $TRUNK_VERSION: present"
else
  say "installing trunk $TRUNK_VERSION from crates.io (a few minutes on a fresh machine)"
  cargo install --locked trunk --version "$TRUNK_VERSION" || fail "cargo install trunk $TRUNK_VERSION"
fi

# 3. wasm-bindgen CLI and test runner, equal to the crate pin. Not --locked: the CLI's lock
#    file names a crate version the registry mirror lacks.
if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$" \
  && wasm-bindgen-test-runner --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (a few minutes on a fresh machine)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" || fail "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
fi

# Debian packages: root, or password-less sudo (-n: fail at once instead of waiting for a
# password nobody will type, as in CI). Lists are refreshed once per run, only if needed.
apt_updated=""
apt_install() {
  local SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "installing $* needs root (apt-get install $*)"
    SUDO="sudo -n"
  fi
  if [ -z "$apt_updated" ]; then
    $SUDO apt-get update -qq || fail "apt-get update"
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null \
    || fail "apt-get install $*"
}

# 4. Chromium and its driver, from Debian, for the browser and end-to-end tests.
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium and chromedriver: present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
else
  say "installing chromium and chromium-driver from Debian (apt-get)"
  apt_install chromium chromium-driver
fi

# 5. Firefox ESR, WebKitGTK's WebDriver (with its MiniBrowser) and a virtual X server, from
#    Debian, for the smoke journey in three engines (WebKitGTK has no headless mode).
if [ -x /usr/bin/firefox-esr ] && command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null \
  && compgen -G "/usr/lib/*/webkit2gtk-4.1/MiniBrowser" >/dev/null; then
  say "firefox-esr, webkit2gtk-driver and xvfb: present ($(/usr/bin/firefox-esr --version 2>/dev/null | head -n1))"
else
  say "installing firefox-esr, webkit2gtk-driver and xvfb from Debian (apt-get)"
  apt_install firefox-esr webkit2gtk-driver xvfb
fi

# 6. geckodriver, Firefox's WebDriver server, pinned, from crates.io.
if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}')" = "$GECKODRIVER_VERSION" ]; then
  say "geckodriver $GECKODRIVER_VERSION: present"
else
  say "installing geckodriver $GECKODRIVER_VERSION from crates.io (about 4 minutes on a fresh machine)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" || fail "cargo install geckodriver $GECKODRIVER_VERSION"
fi

# 7. npm packages: wasm-opt (binaryen; Debian's is too old), terser (minifies the page's
#    plain scripts at build time), playwright-core, axe-core.
#    The stamp makes a second run skip npm entirely unless the lock file changed.
stamp=node_modules/.bootstrap-stamp
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp" \
  && [ -f node_modules/playwright-core/package.json ] \
  && [ -f node_modules/axe-core/axe.min.js ] \
  && [ -x node_modules/.bin/wasm-opt ] \
  && [ -f node_modules/terser/package.json ]; then
  say "npm packages: present"
else
  say "installing npm packages from package-lock.json (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci"
  cp package-lock.json "$stamp"
fi
node_modules/.bin/wasm-opt --version >/dev/null 2>&1 || fail "node_modules/.bin/wasm-opt does not run"

# 8. Crates, fetched once so that later builds can run offline.
say "fetching crates (cargo fetch)"
cargo fetch --quiet || fail "cargo fetch"

say "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(/usr/bin/chromium --version | head -n1), $(/usr/bin/firefox-esr --version | head -n1), geckodriver $(geckodriver --version | awk 'NR == 1 {print $2}'), WebKitGTK $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null || echo '?')"

#!/usr/bin/env bash
# Installs what `scripts/serve.sh` (mode: serve) or `scripts/test.sh` (mode: test)
# needs, and nothing that is already there. Safe to run again: on a machine that
# is set up it only checks versions and returns in a second or two.
#
#   scripts/setup.sh [serve|test]     (default: serve)
#
# Every step prints one line. On failure it names the step and how to fix it.
# Nothing here downloads a prebuilt binary: Rust tools come from crates.io via
# `cargo install`, wasm-opt, playwright-core and axe-core from npm, Chromium from apt.
set -Eeuo pipefail

MODE="${1:-serve}"
case "$MODE" in
  serve | test) ;;
  *)
    echo "usage: scripts/setup.sh [serve|test]" >&2
    exit 2
    ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
WASM_BINDGEN_DEFAULT="0.2.130"
WASM_TARGET="wasm32-unknown-unknown"

# ~/.cargo/bin may be missing from PATH in non-login shells (CI, cron).
if [ -d "${CARGO_HOME:-$HOME/.cargo}/bin" ]; then
  PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
fi
export PATH

CURRENT_STEP=""
FIX_HINT=""
on_error() {
  local rc=$?
  echo "setup: FAILED at step '${CURRENT_STEP}' (exit ${rc})" >&2
  if [ -n "$FIX_HINT" ]; then
    echo "setup: how to fix: ${FIX_HINT}" >&2
  fi
  exit "$rc"
}
trap on_error ERR

# step NAME HINT: announce a step and remember how to fix it if it fails.
step() {
  CURRENT_STEP="$1"
  FIX_HINT="$2"
}
say() { echo "setup: $*"; }
fail() {
  echo "setup: FAILED at step '${CURRENT_STEP}': $1" >&2
  [ -n "$FIX_HINT" ] && echo "setup: how to fix: ${FIX_HINT}" >&2
  exit 1
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || fail "apt-get not found; install these packages by hand: $*"
  if [ -n "$SUDO" ] && ! command -v sudo >/dev/null 2>&1; then
    fail "not root and sudo is missing; as root run: apt-get install -y $*"
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# --- Rust toolchain -----------------------------------------------------------
step "rust toolchain" "install Rust with rustup (https://rustup.rs), then re-run; this script cannot install Rust itself"
for tool in cargo rustc rustup; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' not found on PATH"
done
say "rust: $(rustc --version)"

step "rustup target $WASM_TARGET" "run: rustup target add $WASM_TARGET"
if rustup target list --installed | grep -qx "$WASM_TARGET"; then
  say "target $WASM_TARGET: installed"
else
  say "target $WASM_TARGET: adding (rustup target add $WASM_TARGET)"
  rustup target add "$WASM_TARGET"
fi

if [ "$MODE" = test ]; then
  step "rustfmt and clippy" "run: rustup component add rustfmt clippy"
  if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
    say "rustfmt + clippy: installed"
  else
    say "rustfmt/clippy: missing, adding (rustup component add rustfmt clippy)"
    rustup component add rustfmt clippy
  fi
fi

# --- trunk --------------------------------------------------------------------
step "trunk $TRUNK_VERSION" "run: cargo install trunk --version $TRUNK_VERSION --locked (needs crates.io and a C compiler: apt-get install build-essential pkg-config)"
have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_trunk" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: installed"
else
  say "trunk: found '${have_trunk:-none}', installing $TRUNK_VERSION (cargo install, ~5-8 min on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# --- wasm-bindgen-cli (must equal the wasm-bindgen crate version) -------------
WASM_BINDGEN_VERSION="$WASM_BINDGEN_DEFAULT"
if [ -f Cargo.lock ]; then
  locked="$(awk '/^name = "wasm-bindgen"$/ {found=1; next} found && /^version = / {gsub(/"/, "", $3); print $3; exit}' Cargo.lock)"
  if [ -n "$locked" ]; then WASM_BINDGEN_VERSION="$locked"; fi
fi
step "wasm-bindgen-cli $WASM_BINDGEN_VERSION" "run: cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION --force"
have_wb="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
have_wbr="$(command -v wasm-bindgen-test-runner >/dev/null 2>&1 && echo yes || echo no)"
if [ "$have_wb" = "$WASM_BINDGEN_VERSION" ] && [ "$have_wbr" = yes ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installed"
else
  say "wasm-bindgen-cli: found '${have_wb:-none}', installing $WASM_BINDGEN_VERSION (cargo install, ~3-5 min on 2 cores)"
  # No --locked: the crate's own lockfile pins a dependency the index no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# --- node + npm ---------------------------------------------------------------
step "node and npm" "install Node.js >= 20 and npm (Debian: apt-get install nodejs npm)"
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  say "node $(node --version), npm $(npm --version 2>/dev/null): installed"
else
  say "node/npm: missing, installing with apt (nodejs npm)"
  apt_install nodejs npm
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 18 ]; then
  fail "node $(node --version) is too old; the e2e tests need node >= 20"
elif [ "$node_major" -lt 20 ]; then
  say "warning: node $(node --version) is older than playwright-core's supported >= 20; e2e tests may misbehave"
fi

step "npm ci" "run: npm ci   (package-lock.json must match package.json; delete node_modules/ and retry if it is corrupt)"
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ] ||
  [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] ||
  [ ! -d node_modules/axe-core ]; then
  say "node_modules: missing or older than package-lock.json, running npm ci"
  npm ci --no-audit --no-fund --loglevel=error
else
  say "node_modules: up to date"
fi

step "wasm-opt (npm binaryen)" "run: npm ci   (wasm-opt comes from the npm package binaryen, pinned in package.json)"
wasm_opt_version="$(node_modules/.bin/wasm-opt --version 2>/dev/null || true)"
case "$wasm_opt_version" in
  "wasm-opt version "*) say "wasm-opt: ${wasm_opt_version}" ;;
  *) fail "node_modules/.bin/wasm-opt --version printed '${wasm_opt_version}'" ;;
esac

# --- Chromium + chromedriver (tests only) --------------------------------------
if [ "$MODE" = test ]; then
  step "chromium and chromedriver" "run: apt-get install chromium chromium-driver   (as root, or with sudo)"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium + chromedriver: installed"
  else
    say "chromium/chromedriver: missing, installing with apt (chromium chromium-driver)"
    apt_install chromium chromium-driver
  fi
  [ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is still missing after apt-get install"
  [ -x /usr/bin/chromedriver ] || fail "/usr/bin/chromedriver is still missing after apt-get install"
fi

say "ready ($MODE)"

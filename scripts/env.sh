# Shared by scripts/test.sh and scripts/bench.sh (sourced, not run): the repo root as the working
# directory and the tools on PATH (npm's wasm-opt for trunk, cargo-installed trunk and wasm-bindgen).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

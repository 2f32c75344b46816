#!/usr/bin/env bash
# README command one: build the widget and serve it with live reload.
#
#   scripts/serve.sh [extra trunk serve args...]     e.g. scripts/serve.sh --port 8081
#
# Installs missing tools first (scripts/setup.sh serve). Address and port come
# from Trunk.toml ([serve] 127.0.0.1:8080).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

scripts/setup.sh serve

# npm's binaryen provides the wasm-opt trunk runs on release builds, and trunk
# must find it on PATH (it would otherwise try, and fail, to download one).
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

# Print the real URL, honouring --address/--port overrides passed through.
addr="127.0.0.1"
port="8080"
prev=""
for arg in "$@"; do
  case "$prev" in
    --address | -a) addr="$arg" ;;
    --port | -p) port="$arg" ;;
  esac
  case "$arg" in
    --address=*) addr="${arg#--address=}" ;;
    --port=*) port="${arg#--port=}" ;;
  esac
  prev="$arg"
done
echo "Serving on http://${addr}:${port}/ (first build takes a few minutes; Ctrl-C to stop)"
# Serve from target/trunk-serve so the dev build never replaces the release
# build in dist/ that scripts/test.sh checks (pass --dist to override).
dist_args=(--dist target/trunk-serve)
for arg in "$@"; do
  case "$arg" in
    -d | --dist | --dist=*) dist_args=() ;;
  esac
done
exec trunk serve "${dist_args[@]}" "$@"

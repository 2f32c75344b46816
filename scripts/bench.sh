#!/usr/bin/env bash
# Benchmark figures (issue 4): prints them, asserts nothing about time.
#
#   scripts/bench.sh            native + wasm model figures, then click->highlight if dist/ exists
#   scripts/bench.sh --build    also `trunk build --release` first, so the browser bench runs
#
# 1. native:  cargo bench --bench model  (bench profile: opt-level 3 + LTO, inherited from release)
# 2. wasm:    tests/bench_wasm.rs in headless Chromium, built with the release profile
#             (opt-level "z", LTO: what ships); `--nocapture` makes the runner print console output
# 3. browser: node tests/e2e/bench-create.mjs against dist/ (needs a release build there)
# 4. desk:    node tests/e2e/bench-desk.mjs against dist/desk.html (the editor's desk, issue 12)
#
# Safe to run again: it only builds and reads. Figures are also kept in target/bench-figures.txt.
# Exit status is non-zero if any part failed to build or run (a skipped part is not a failure).
set -uo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

BUILD=0
for arg in "$@"; do
  case "$arg" in
    --build) BUILD=1 ;;
    *)
      echo "usage: scripts/bench.sh [--build]" >&2
      exit 2
      ;;
  esac
done

mkdir -p target
OUT="target/bench-figures.txt"
: >"$OUT"
FAILED=0

# Runs a command, shows its output as it comes and keeps a copy for the summary.
run_part() {
  local name="$1" log="target/bench-$1.log"
  shift
  echo
  echo "=== bench: $name: $*"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then
    echo "=== bench: $name FAILED with exit code $rc" >&2
    FAILED=1
  fi
  return "$rc"
}

# Native figures: every line after the build output is a figure.
if run_part native cargo bench --bench model; then
  {
    echo "native (cargo bench --bench model, bench profile):"
    sed -n '/^synthetic article/,$p' target/bench-native.log | sed 's/^/  /'
  } >>"$OUT"
fi

# Wasm figures: the test prints its figures with a "[wasm] " prefix.
if run_part wasm cargo test --release --target wasm32-unknown-unknown --test bench_wasm -- --nocapture; then
  {
    echo "wasm (headless Chromium, release profile):"
    grep '^\[wasm\]' target/bench-wasm.log | sed 's/^\[wasm\] /  /'
  } >>"$OUT"
fi

# Browser figures: pointer release to highlight painted, in the shipped build.
if [ "$BUILD" = 1 ]; then
  run_part build trunk build --release
fi
if [ -f dist/index.html ]; then
  if run_part browser node tests/e2e/bench-create.mjs; then
    {
      echo "browser (node tests/e2e/bench-create.mjs, dist/):"
      sed 's/^/  /' target/bench-browser.log
    } >>"$OUT"
  fi
  # The editor's desk: suggest in the desk's wasm, accept -> painted (needs dist/desk.html).
  if [ -f dist/desk.html ] && run_part desk node tests/e2e/bench-desk.mjs; then
    {
      echo "desk (node tests/e2e/bench-desk.mjs, dist/desk.html):"
      sed 's/^/  /' target/bench-desk.log
    } >>"$OUT"
  fi
else
  echo
  echo "=== bench: browser skipped: dist/index.html is missing (scripts/bench.sh --build, or trunk build --release)"
fi

echo
echo "==================== figures ===================="
cat "$OUT"
echo "================================================="
exit "$FAILED"

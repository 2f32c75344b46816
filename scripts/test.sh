#!/usr/bin/env bash
# README command two: run every check and test, fail fast, print a summary.
#
#   scripts/test.sh              all stages, in order
#   scripts/test.sh e2e build    only the named stages (setup always runs first)
#   RUN_BENCH=1 scripts/test.sh  also the optional bench-figures stage (skipped otherwise)
#
# Stages: setup fmt clippy clippy-wasm test bench wasm-test build payload e2e bench-figures
# Exit status is non-zero as soon as one stage fails; later stages are skipped
# (TEST_KEEP_GOING=1 runs the remaining stages anyway, still exiting non-zero).
set -uo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

ALL_STAGES=(setup fmt clippy clippy-wasm test bench wasm-test build payload e2e bench-figures)

describe() {
  case "$1" in
    setup) echo "scripts/setup.sh test" ;;
    fmt) echo "cargo fmt --check" ;;
    clippy) echo "cargo clippy --all-targets -- -D warnings" ;;
    clippy-wasm) echo "cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings" ;;
    test) echo "cargo test" ;;
    bench) echo "cargo build --benches (dev profile: benchmarks must compile and link; figures: bench-figures)" ;;
    wasm-test) echo "CHROMEDRIVER=$CHROMEDRIVER cargo test --target wasm32-unknown-unknown" ;;
    build) echo "trunk build --release" ;;
    payload) echo "node scripts/payload.mjs: gzip/Brotli sizes of what index.html loads; fails over the budget" ;;
    e2e) echo "node --test tests/e2e/ (spec reporter, *.test.mjs)" ;;
    bench-figures) echo "scripts/bench.sh (native + wasm release figures; only with RUN_BENCH=1)" ;;
  esac
}

since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# The budget and the figures live in scripts/payload.mjs (gzip and Brotli from Node's zlib).
stage_payload() {
  local out rc
  out="$(node scripts/payload.mjs)"
  rc=$?
  echo "$out"
  PAYLOAD_LINE="$(echo "$out" | head -n 1)"
  return "$rc"
}

stage_e2e() {
  shopt -s nullglob
  local files=(tests/e2e/*.test.mjs)
  shopt -u nullglob
  if [ "${#files[@]}" -eq 0 ]; then
    echo "no tests/e2e/*.test.mjs files found" >&2
    return 1
  fi
  # The examples' own check (story text equals the seed, no inline script/style): no browser.
  node examples/check-story.mjs || return 1
  # Files are listed explicitly (same set as `node --test tests/e2e/`) because
  # newer Node versions read the argument as a glob and not as a directory.
  node --test --test-reporter=spec "${files[@]}"
}

# Optional stages: skipped (not failed) unless asked for, to keep CI time low.
optional_skip() {
  case "$1" in
    bench-figures) [ "${RUN_BENCH:-0}" != 1 ] ;;
    *) return 1 ;;
  esac
}

run_stage_cmd() {
  case "$1" in
    setup) scripts/setup.sh test ;;
    fmt) cargo fmt --check ;;
    clippy) cargo clippy --all-targets -- -D warnings ;;
    clippy-wasm) cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings ;;
    test) cargo test ;;
    bench) cargo build --benches ;;
    wasm-test) cargo test --target wasm32-unknown-unknown ;;
    build) trunk build --release ;;
    payload) stage_payload ;;
    e2e) stage_e2e ;;
    bench-figures) scripts/bench.sh ;;
    *)
      echo "unknown stage '$1' (stages: ${ALL_STAGES[*]})" >&2
      return 2
      ;;
  esac
}

# Which stages to run.
SELECTED=()
if [ "$#" -eq 0 ]; then
  SELECTED=("${ALL_STAGES[@]}")
else
  SELECTED=(setup)
  for want in "${ALL_STAGES[@]}"; do
    [ "$want" = setup ] && continue
    for arg in "$@"; do
      if [ "$arg" = "$want" ]; then SELECTED+=("$want"); fi
    done
  done
  for arg in "$@"; do
    if ! printf '%s\n' "${ALL_STAGES[@]}" | grep -qx -- "$arg"; then
      echo "unknown stage '$arg' (stages: ${ALL_STAGES[*]})" >&2
      exit 2
    fi
  done
fi

NAMES=()
RESULTS=()
TIMES=()
PASSED=0
FAILED=0
PAYLOAD_LINE=""
T0=$(date +%s.%N)

summary() {
  local i skipped=$((${#SELECTED[@]} - PASSED - FAILED))
  echo
  echo "==================== summary ===================="
  for i in "${!NAMES[@]}"; do
    if [ "${RESULTS[$i]}" = skip ]; then
      printf '  %-13s %-5s %8s    %s\n' "${NAMES[$i]}" "skip" "-" "$(describe "${NAMES[$i]}")"
      continue
    fi
    printf '  %-13s %-5s %8ss   %s\n' "${NAMES[$i]}" "${RESULTS[$i]}" "${TIMES[$i]}" "$(describe "${NAMES[$i]}")"
  done
  local j
  for ((j = ${#NAMES[@]}; j < ${#SELECTED[@]}; j++)); do
    printf '  %-13s %-5s %8s    %s\n' "${SELECTED[$j]}" "skip" "-" "$(describe "${SELECTED[$j]}")"
  done
  [ -n "$PAYLOAD_LINE" ] && echo "  $PAYLOAD_LINE"
  echo "  total $(since "$T0")s"
  echo "================================================="
  if [ "$skipped" -gt 0 ]; then
    echo "$PASSED passed, $FAILED failed, $skipped skipped"
  else
    echo "$PASSED passed, $FAILED failed"
  fi
}

n=${#SELECTED[@]}
i=0
for stage in "${SELECTED[@]}"; do
  i=$((i + 1))
  echo
  echo "=== [$i/$n] $stage: $(describe "$stage")"
  if optional_skip "$stage"; then
    NAMES+=("$stage")
    RESULTS+=("skip")
    TIMES+=("-")
    echo "=== [$i/$n] $stage: skipped (set RUN_BENCH=1 to run it)"
    continue
  fi
  start=$(date +%s.%N)
  run_stage_cmd "$stage"
  rc=$?
  elapsed=$(since "$start")
  NAMES+=("$stage")
  TIMES+=("$elapsed")
  if [ "$rc" -eq 0 ]; then
    RESULTS+=("ok")
    PASSED=$((PASSED + 1))
    echo "=== [$i/$n] $stage: ok (${elapsed}s)"
  else
    RESULTS+=("FAIL")
    FAILED=$((FAILED + 1))
    echo "=== [$i/$n] $stage: FAILED with exit code $rc after ${elapsed}s: $(describe "$stage")" >&2
    FIRST_RC=${FIRST_RC:-$rc}
    if [ "${TEST_KEEP_GOING:-0}" != 1 ]; then
      summary
      exit "$rc"
    fi
  fi
done

summary
exit "${FIRST_RC:-0}"

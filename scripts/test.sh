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
    bench) echo "cargo bench --no-run" ;;
    wasm-test) echo "CHROMEDRIVER=$CHROMEDRIVER cargo test --target wasm32-unknown-unknown" ;;
    build) echo "trunk build --release" ;;
    payload) echo "gzip -9 size of dist/*.wasm, *.js, *.css" ;;
    e2e) echo "node --test tests/e2e/ (spec reporter, *.test.mjs)" ;;
    bench-figures) echo "scripts/bench.sh (native + wasm release figures; only with RUN_BENCH=1)" ;;
  esac
}

# Sum of `gzip -9 -c FILE | wc -c` over files matching a pattern in dist/.
gz_sum() {
  local total=0 f
  shopt -s nullglob
  for f in dist/$1; do
    total=$((total + $(gzip -9 -c "$f" | wc -c)))
  done
  shopt -u nullglob
  echo "$total"
}
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

stage_payload() {
  if [ ! -f dist/index.html ]; then
    echo "dist/index.html is missing: run the 'build' stage first" >&2
    return 1
  fi
  local wasm js css total loader widget_css embed
  wasm="$(gz_sum '*.wasm')"
  # The wasm-bindgen glue (hashed name); the embed loader is counted separately below.
  js="$(gz_sum 'article-annotator-*.js')"
  css="$(gz_sum '*.css')"
  total=$((wasm + js + css))
  if [ "$wasm" -eq 0 ] || [ "$js" -eq 0 ]; then
    echo "no .wasm or .js file in dist/: trunk build produced no app" >&2
    return 1
  fi
  loader="$(gz_sum 'article-annotator.js')"
  widget_css=$(($(gz_sum 'widget-*.css') + $(gz_sum 'highlights-*.css')))
  embed=$((wasm + js + loader + widget_css))
  local line embed_line
  line="payload: wasm $(kb "$wasm"), js $(kb "$js"), css $(kb "$css") gzipped = $(kb "$total")"
  embed_line="embed payload (host page): wasm $(kb "$wasm"), glue $(kb "$js"), loader $(kb "$loader"), css $(kb "$widget_css") gzipped = $(kb "$embed")"
  echo "$line"
  echo "$embed_line"
  mkdir -p target
  printf '%s\n%s\nbytes: wasm %d js %d css %d total %d embed %d\n' "$line" "$embed_line" "$wasm" "$js" "$css" "$total" "$embed" >target/payload.txt
  PAYLOAD_LINE="$line"
  # Optional budget, e.g. PAYLOAD_BUDGET_KB=150 scripts/test.sh
  if [ -n "${PAYLOAD_BUDGET_KB:-}" ]; then
    if [ "$total" -gt $((PAYLOAD_BUDGET_KB * 1024)) ]; then
      echo "payload $(kb "$total") is over the budget of ${PAYLOAD_BUDGET_KB} KB" >&2
      return 1
    fi
    echo "payload within budget of ${PAYLOAD_BUDGET_KB} KB"
  fi
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
    bench) cargo bench --no-run ;;
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

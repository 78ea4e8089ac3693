#!/usr/bin/env bash
# Fuzzes every decoder of outside input with libFuzzer (cargo fuzz): the address parser, the
# saved answers and their revisions, a saved assessment file, kept snapshots, a shared link, the framework loader, the framework file the app fetches (framework.bin),
# the words it fetches (words.ftl) and a company's wording, the logo rewrite and the workbook reader. Each target runs twice:
# with overflow checks and debug assertions on, and as the release build ships.
#
#   scripts/fuzz.sh                 5 seconds per target and mode (what the test command runs)
#   scripts/fuzz.sh 60              60 seconds per target and mode
#   scripts/fuzz.sh runs=10000000   ten million executions per target and mode
#   scripts/fuzz.sh 5 route         only the named targets
#
# It starts from the valid samples in fuzz/seeds/ and writes what it learns to a temporary
# folder, so the repository is never changed. A crash stops it with libFuzzer's report and the
# input that caused it (under fuzz/artifacts/).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

budget="${1:-5}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(route saved_answers revision assessment_file history share_link framework_file fetched_framework words logo workbook)
fi
case "$budget" in
  runs=*) limit="-runs=${budget#runs=}" ;;
  *) limit="-max_total_time=$budget" ;;
esac

# cargo fuzz passes the compiler a few unstable flags for coverage instrumentation; this lets
# the stable toolchain accept them for the fuzz build only. No sanitizer runtime is needed.
export RUSTC_BOOTSTRAP=1
cd fuzz
for mode in checked release; do
  flags=(-s none)
  [ "$mode" = checked ] && flags+=(--debug-assertions)
  say "fuzz build ($mode)"
  cargo fuzz build "${flags[@]}" >/dev/null 2>&1 || cargo fuzz build "${flags[@]}"
  for target in "${targets[@]}"; do
    corpus="$(mktemp -d)"
    log="$(mktemp)"
    start=$(date +%s)
    if ! cargo fuzz run "${flags[@]}" "$target" "$corpus" "seeds/$target" -- \
        "$limit" -print_final_stats=1 -max_len=1048576 >"$log" 2>&1; then
      tail -40 "$log"
      say "fuzz $target ($mode): FAILED"
      exit 1
    fi
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    say "fuzz $target ($mode): $runs executions in $(( $(date +%s) - start )) s, 0 panics"
    rm -rf "$corpus" "$log"
  done
done

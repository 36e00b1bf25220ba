#!/usr/bin/env bash
# Runs every libFuzzer target of a LEASELINK_FUZZ=ON build for its share of SECONDS_TOTAL,
# starting from the committed seed corpus (copied: the checkout is never written to) and
# prints the executions per target and in total. Exits non-zero when a target crashes, leaks,
# times out or runs out of memory; the input that did it is copied to
# BUILD_DIR/fuzz-artifacts/<target>/ (keep it under tests/fuzz/regressions/<target>/).
#
#   tests/fuzz/run-smoke.sh build/fuzz 60
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS_TOTAL" >&2
  exit 2
fi
build_dir=$(cd "$1" && pwd)
total_seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
targets=(psu_decoders netbox_decoders certificate domain_parsers config_overrides)

share=$(( total_seconds / ${#targets[@]} ))
if [ "$share" -lt 1 ]; then share=1; fi
work="$build_dir/fuzz-smoke"
artifacts="$build_dir/fuzz-artifacts"
rm -rf "$work"
mkdir -p "$work" "$artifacts"

failed=0
sum=0
for target in "${targets[@]}"; do
  exe="$build_dir/tests/fuzz/fuzz_$target"
  if [ ! -x "$exe" ]; then
    echo "fuzz-smoke: $exe is missing (configure with CXX=clang++-16 -DLEASELINK_FUZZ=ON and build it)" >&2
    exit 2
  fi
  corpus="$work/corpus-$target"
  mkdir -p "$corpus" "$artifacts/$target"
  cp "$here/corpus/$target/"* "$corpus/"
  log="$work/$target.log"
  set +e
  "$exe" "$corpus" \
    -max_total_time="$share" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$target/" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units:[[:space:]]*\([0-9]*\).*/\1/p' "$log" | tail -1)
  execs=${execs:-0}
  sum=$(( sum + execs ))
  if [ "$rc" -ne 0 ]; then
    failed=1
    echo "fuzz_$target: FAILED (exit $rc) after $execs executions; log: $log"
    grep -E "^==[0-9]+==ERROR|SUMMARY|fuzz property failed|Test unit written" "$log" | head -5 || true
  else
    echo "fuzz_$target: $execs executions in ${share} s"
  fi
done
echo "fuzz-smoke total: $sum executions in ${#targets[@]} targets, $(( share * ${#targets[@]} )) s"
exit $failed

#!/usr/bin/env bash
# End-to-end timing: generate a workbook of N employees (default 10 000) and time `ergo assess` on it,
# reporting wall time and peak memory (GNU time). Optionally the JMH micro-benchmarks: --jmh.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
mvn -B -q -DskipTests package
work="$(mktemp -d)"
java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.GenerateWorkbook "$work/survey-$n.xlsx" "$n"
ls -l "$work/survey-$n.xlsx"
timer=(/usr/bin/time -v)
[ -x /usr/bin/time ] || timer=()
"${timer[@]}" ./ergo assess "$work/survey-$n.xlsx" --out "$work/out" --date 2026-11-24 -q 2>"$work/time.txt" || true
grep -E "Elapsed|Maximum resident" "$work/time.txt" || cat "$work/time.txt"
if [ "${2:-}" = "--jmh" ]; then
  java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3
fi
rm -rf "$work"

#!/usr/bin/env bash
# Benchmarks on a generated workbook. Ratios measured in the same run count; absolute times on a shared
# 2-core machine move.
#   scripts/benchmark.sh [N] [--jmh]   time `ergo assess` of N employees (default 10 000): wall time,
#                                      employees/s, CPU per employee and peak memory (GNU time); --jmh
#                                      adds the per-employee JMH benchmarks
#   scripts/benchmark.sh --import [N]  read one workbook of N employees (default 100 000) with ergo's
#                                      importer, fastexcel-reader and POI's streaming reader + SAX (JMH),
#                                      side by side, with the importer's ratio to each; then the
#                                      importer / fastexcel-reader ratios by CPU time, in memory and
#                                      spooled (ImportRatio)
#   scripts/benchmark.sh --startup     `./ergo assess` of a one-employee workbook, 5 runs, median wall time
#   scripts/benchmark.sh --memory [N]  peak RSS of `./ergo assess --no-reports` at 10 000 and 100 000
#                                      employees (launcher defaults) and their ratio; then the wall time of
#                                      a re-run of N unchanged employees (default 10 000) into the same folder
#   scripts/benchmark.sh --render      one employee report beside a bare one-page OpenPDF document with
#                                      the same fonts (the ceiling), JMH, 1 thread, with the ratio
#   scripts/benchmark.sh --all [N]     every mode above, one after the other, then `ergo assess` of N
set -euo pipefail
cd "$(dirname "$0")/.."
mode=assess
case "${1:-}" in
  --import) mode=import; shift ;;
  --startup) mode=startup; shift ;;
  --memory) mode=memory; shift ;;
  --render) mode=render; shift ;;
  --all) mode=all; shift ;;
esac
[ -n "${ERGO_BENCH_BUILT:-}" ] || mvn -B -q -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --all and --render (kept in one block)
if [ "$mode" = all ]; then
  export ERGO_BENCH_BUILT=1
  self="$PWD/scripts/benchmark.sh"
  for m in $(grep -oE '^  --[a-z]+\)' "$self" | tr -d ' )' | grep -vx -- --all); do
    echo "== benchmark.sh $m"
    "$self" "$m"
  done
  echo "== benchmark.sh ${1:-10000}"
  "$self" "${1:-10000}"
  exit 0
fi
if [ "$mode" = render ]; then
  java -jar benchmarks/target/benchmarks.jar 'ErgoBenchmarks\.(renderOneReport|bareOnePageOpenPdf)$' -wi 4 -w 5s -i 4 \
    -r 5s -rf csv -rff "$work/render.csv" | grep -E "^(Benchmark|ErgoBenchmarks)" || true
  awk -F, 'NR > 1 { gsub(/"/, ""); split($1, a, "."); t[a[length(a)]] = $5 }
    END {
      r = t["renderOneReport"]; b = t["bareOnePageOpenPdf"];
      if (r > 0 && b > 0) {
        printf "one employee report %.0f us (%.0f reports/s on 1 thread); bare one-page OpenPDF %.0f us (%.0f/s)\n", r, 1e6 / r, b, 1e6 / b;
        printf "report / bare page = %.1f\n", r / b;
      }
    }' "$work/render.csv"
  exit 0
fi

if [ "$mode" = import ]; then
  n="${1:-100000}"
  java -jar benchmarks/target/benchmarks.jar ImportBenchmarks -p employees="$n" -rf csv -rff "$work/import.csv" \
    | grep -E "^(Benchmark|ImportBenchmarks)" || true
  awk -F, 'NR > 1 { gsub(/"/, ""); split($1, a, "."); t[a[length(a)]] = $5 }
    END {
      printf "importer %.0f ms (spooled as ergo assess reads it: %.0f ms), fastexcel-reader %.0f ms, POI streaming + SAX %.0f ms\n", t["ergoImporter"], t["ergoImporterSpooled"], t["fastexcelReader"], t["poiStreamingSax"];
      if (t["fastexcelReader"] > 0) printf "importer / fastexcel-reader = %.2f (spooled %.2f)\n", t["ergoImporter"] / t["fastexcelReader"], t["ergoImporterSpooled"] / t["fastexcelReader"];
      if (t["poiStreamingSax"] > 0) printf "importer / POI streaming + SAX = %.2f\n", t["ergoImporter"] / t["poiStreamingSax"];
    }' "$work/import.csv"
  # the same ratio by thread CPU time, the two alternating in one JVM: steadier on a loaded machine
  java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.ImportRatio "$n" | tail -1
  exit 0
fi

if [ "$mode" = startup ]; then
  java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.GenerateWorkbook "$work/one.xlsx" 1 >/dev/null
  ./ergo assess "$work/one.xlsx" --out "$work/out" -q >/dev/null 2>&1 || true # builds and makes the class archive
  times=()
  for i in 1 2 3 4 5; do
    start=$(date +%s%N) # a new folder each time: into the same one it would be a re-run
    ./ergo assess "$work/one.xlsx" --out "$work/out-$i" -q >/dev/null 2>&1 || true
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "one-employee ./ergo assess: ${times[*]} ms; median ${sorted[2]} ms"
  exit 0
fi

if [ "$mode" = memory ]; then
  [ -x /usr/bin/time ] || { echo "benchmark.sh --memory needs GNU time (/usr/bin/time)" >&2; exit 1; }
  rss() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
  # a one-employee run first, so that neither measured run is the one that records the class archive
  java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.GenerateWorkbook "$work/one.xlsx" 1 >/dev/null
  ./ergo assess "$work/one.xlsx" --out "$work/one" -q >/dev/null 2>&1 || true
  for n in 10000 100000; do
    java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.GenerateWorkbook "$work/survey-$n.xlsx" "$n" >/dev/null
    /usr/bin/time -v ./ergo assess "$work/survey-$n.xlsx" --out "$work/out-$n" --date 2026-11-24 --no-reports -q \
      2>"$work/time-$n.txt" || true
    rm -rf "$work/out-$n"
    printf '%6d employees, --no-reports: peak RSS %d MB, %s\n' "$n" $(( $(rss "$work/time-$n.txt") / 1024 )) \
      "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): /wall /p' "$work/time-$n.txt")"
  done
  awk -v a="$(rss "$work/time-10000.txt")" -v b="$(rss "$work/time-100000.txt")" \
    'BEGIN { printf "peak RSS 100 000 / 10 000 = %.2f\n", b / a }'
  n="${1:-10000}"
  java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.GenerateWorkbook "$work/rerun.xlsx" "$n" >/dev/null
  ./ergo assess "$work/rerun.xlsx" --out "$work/rerun" --date 2026-11-24 -q || true # renders every report
  start=$(date +%s%N)
  ./ergo assess "$work/rerun.xlsx" --out "$work/rerun" --date 2026-11-24 -q || true # keeps every report, scores nobody
  printf 're-run of %d unchanged employees: %d ms\n' "$n" $(( ($(date +%s%N) - start) / 1000000 ))
  exit 0
fi

n="${1:-10000}"
# a one-employee run first: the timed run neither builds the tool nor records the class archive
java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.GenerateWorkbook "$work/one.xlsx" 1 >/dev/null
./ergo assess "$work/one.xlsx" --out "$work/one" -q >/dev/null 2>&1 || true
java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.GenerateWorkbook "$work/survey-$n.xlsx" "$n"
ls -l "$work/survey-$n.xlsx"
timer=(/usr/bin/time -v)
[ -x /usr/bin/time ] || timer=()
"${timer[@]}" ./ergo assess "$work/survey-$n.xlsx" --out "$work/out" --date 2026-11-24 -q 2>"$work/time.txt" || true
grep -E "Elapsed|Maximum resident" "$work/time.txt" || cat "$work/time.txt"
# employees per second end to end (start-up and warm-up included) and CPU per employee
awk -v n="$n" -F': ' '
  /User time/ { cpu += $2 } /System time/ { cpu += $2 }
  /Elapsed \(wall clock\)/ { k = split($2, p, ":"); wall = 0; for (i = 1; i <= k; i++) wall = wall * 60 + p[i] }
  END { if (wall > 0) printf "%d employees with reports: %.1f s wall, %.0f employees/s; %.0f s CPU, %.1f ms per employee\n", n, wall, n / wall, cpu, 1000 * cpu / n }
' "$work/time.txt"
if [ "${2:-}" = "--jmh" ]; then
  java -jar benchmarks/target/benchmarks.jar ErgoBenchmarks -f 1 -wi 2 -i 3
fi

#!/usr/bin/env bash
# dpacheck's benchmark: one command that builds release binaries and two baselines, generates the
# corpora, and measures each comparison with Benchmarks/alternate.py, which runs the commands
# alternately (one run of each per round, in rotating order) and takes medians:
#   1. one declaration, whole process, text and JSON, against a bare Swift process;
#   2. portfolios of 1,000 and 10,000 declarations (text), wall time, declarations per second and
#      peak memory, against libyaml's event loop in C, single-threaded, over the same files;
#   3. the YAML layer alone on one document of about 16 MB, MB/s, against the same C baseline.
# Every figure is printed as a ratio against its baseline measured in the same run.
#
# Needs: swift, cc, libyaml-dev, python3, /usr/bin/time (Debian: time).
# Usage: Benchmarks/bench.sh [RUNS]     (RUNS: repetitions of the short measurements, default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
for tool in cc python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "building release binaries and baselines…" >&2
swift build -c release --product dpacheck >/dev/null
swift build -c release --product yaml-bench >/dev/null
bin="$(swift build -c release --show-bin-path)"
cc -O2 -o "$work/yaml-drain" Benchmarks/yaml-drain.c $(pkg-config --cflags --libs yaml-0.1)
swiftc -O -o "$work/bare" Benchmarks/bare.swift 2>/dev/null

echo "generating corpora…" >&2
python3 scripts/generate-declarations.py 1000 "$work/p1k" --seed 1
python3 scripts/generate-declarations.py 10000 "$work/p10k" --seed 2
python3 scripts/generate-declarations.py 1 "$work/big" --seed 3 --pad-bytes 15000000
big="$(ls "$work"/big/*.yaml)"
one=Examples/declarations/nordlys-cloud.yaml
asof=(--as-of 2026-11-26)

alternate() { python3 Benchmarks/alternate.py "$@"; }
median() {  # median wall time in seconds of an alternate.py export, for command N
  python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['median'])" "$@"
}
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
peak() {  # peak RSS in KiB
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/rss"
}

echo
echo "== 1. one declaration, whole process (median of $runs alternating runs each)"
alternate -w 5 -r "$runs" -o "$work/one.json" \
  "$work/bare" \
  "$bin/dpacheck check $one ${asof[*]} --format text" \
  "$bin/dpacheck check $one ${asof[*]} --format json" \
  "$bin/dpacheck --version"
bare=$(median "$work/one.json" 0); text=$(median "$work/one.json" 1); json=$(median "$work/one.json" 2)
version=$(median "$work/one.json" 3)
printf "bare Swift process    %8.2f ms\n" "$(python3 -c "print($bare*1000)")"
printf "dpacheck --version    %8.2f ms   ratio %s (start-up alone: libraries and argument parsing)\n" "$(python3 -c "print($version*1000)")" "$(ratio "$version" "$bare")"
printf "dpacheck, text        %8.2f ms   ratio %s (target <= 2.00)\n" "$(python3 -c "print($text*1000)")" "$(ratio "$text" "$bare")"
printf "dpacheck, JSON        %8.2f ms   ratio %s (target <= 2.00)\n" "$(python3 -c "print($json*1000)")" "$(ratio "$json" "$bare")"

for size in 1k 10k; do
  dir="$work/p$size"
  count=$(ls "$dir" | wc -l)
  reps=$([ "$size" = 1k ] && echo 15 || echo 5)
  echo
  echo "== 2. portfolio of $count declarations, --format text (median of $reps alternating runs each)"
  ls -d "$dir"/*.yaml > "$work/$size.list"
  alternate -w 1 -r "$reps" -o "$work/$size.json" \
    "$work/yaml-drain -l $work/$size.list" \
    "$bin/dpacheck check $dir ${asof[*]} --format text"
  c=$(median "$work/$size.json" 0); d=$(median "$work/$size.json" 1)
  printf "C libyaml event loop, 1 thread   %8.3f s\n" "$c"
  printf "dpacheck, all cores ($(nproc))          %8.3f s   %6.0f declarations/s   ratio %s (target at 10k <= 2.00)\n" "$d" "$(python3 -c "print($count/$d)")" "$(ratio "$d" "$c")"
  eval "peak_$size=$(peak "$bin/dpacheck" check "$dir" "${asof[@]}" --format text)"
done
echo
echo "== peak memory"
echo "1,000 declarations:  ${peak_1k} KiB"
echo "10,000 declarations: ${peak_10k} KiB   ratio $(ratio "$peak_10k" "$peak_1k") (target <= 1.20)"

echo
bytes=$(stat -c %s "$big")
echo "== 3. YAML layer alone, one document of $((bytes / 1000000)) MB (median of 20 alternating runs each)"
alternate -w 2 -r 20 -o "$work/big.json" \
  "$work/yaml-drain $big" \
  "$bin/yaml-bench $big"
c=$(median "$work/big.json" 0); y=$(median "$work/big.json" 1)
cm=$(python3 -c "print(f'{$bytes/1e6/$c:.1f}')"); ym=$(python3 -c "print(f'{$bytes/1e6/$y:.1f}')")
echo "C libyaml event loop   $cm MB/s"
echo "YAML layer (nodes with positions)   $ym MB/s   $(python3 -c "print(f'{100*$c/$y:.0f}')")% of C (target >= 50%)"

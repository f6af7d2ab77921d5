#!/usr/bin/env bash
# Benchmarks/compare.sh OLD_BINARY NEW_BINARY [RUNS]
#
# Times two dpacheck binaries (e.g. the release builds of two commits) against each other in the
# same alternating rounds (Benchmarks/alternate.py), on what users feel: --version, one
# declaration (text and JSON), and portfolios of 1,000 and 10,000 generated declarations (text)
# and 1,000 (JSON). Each line gives the medians and NEW/OLD. The noise of the machine is measured
# in the same rounds: OLD is also run under a second name, and OLD/OLD is printed beside.
set -euo pipefail
cd "$(dirname "$0")/.."
old="${1:?usage: compare.sh OLD_BINARY NEW_BINARY [RUNS]}"
new="${2:?usage: compare.sh OLD_BINARY NEW_BINARY [RUNS]}"
runs="${3:-15}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$old" "$work/old"
cp "$old" "$work/old-again"
cp "$new" "$work/new"
python3 scripts/generate-declarations.py 1000 "$work/p1k" --seed 1 >/dev/null
python3 scripts/generate-declarations.py 10000 "$work/p10k" --seed 2 >/dev/null
one=Examples/declarations/nordlys-cloud.yaml
asof="--as-of 2026-11-26"

compare() {  # compare LABEL RUNS ARGUMENTS
  local label=$1 rounds=$2 arguments=$3
  python3 Benchmarks/alternate.py -w 2 -r "$rounds" -o "$work/result.json" \
    "$work/old $arguments" "$work/new $arguments" "$work/old-again $arguments" >/dev/null
  python3 - "$work/result.json" "$label" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
old, new, again = (r["median"] for r in results)
print(f"{sys.argv[2]:<32} old {old * 1000:9.1f} ms   new {new * 1000:9.1f} ms   "
      f"new/old {new / old:5.3f}   noise old/old {again / old:5.3f}")
PY
}

compare "--version" "$runs" "--version"
compare "one declaration, text" "$runs" "check $one $asof --format text"
compare "one declaration, JSON" "$runs" "check $one $asof --format json"
compare "1,000 declarations, text" "$runs" "check $work/p1k $asof --format text"
compare "1,000 declarations, JSON" 5 "check $work/p1k $asof --format json"
compare "10,000 declarations, text" 5 "check $work/p10k $asof --format text"

#!/usr/bin/env bash
# `dpacheck plan` over a register of 1,000 processors against `dpacheck check` over the same 1,000
# declarations, measured alternately in the same run on a release build (Benchmarks/alternate.py,
# medians). The plan evaluates every declaration as check does, and besides reads the register,
# scores each processor's risk, hashes one evidence file per processor (about 12 KB) and writes the
# calendar. check is measured with its text report (a summary table: no finding kept in detail,
# like the plan) and its JSON report (every finding with its evidence).
#
# Needs: swift, python3.
# Usage: Benchmarks/plan-vs-check.sh [RUNS] [COUNT]   (defaults: 10 runs, 1,000 processors)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
count="${2:-1000}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "building the release binary…" >&2
swift build -c release --product dpacheck >/dev/null
bin="$(swift build -c release --show-bin-path)"

echo "generating $count declarations and a register…" >&2
python3 scripts/generate-declarations.py "$count" "$work/declarations" --seed 7
python3 - "$work" <<'PY'
import hashlib, os, sys
work = sys.argv[1]
names = sorted(n for n in os.listdir(os.path.join(work, "declarations")) if n.endswith(".yaml"))
os.makedirs(os.path.join(work, "evidence"), exist_ok=True)
lines = ["format: dpacheck/register/v1", "controller: {name: Benchmark Kommune, cvr: '29189900'}",
         "model: datatilsynet-2021", "profile: kommune", "processors:"]
for index, name in enumerate(names):
    evidence = f"evidence/{index:05d}.txt"
    data = f"Stand-in for the ISAE 3000 report of processor {index}.\n".encode() * 200
    with open(os.path.join(work, evidence), "wb") as f:
        f.write(data)
    digest = hashlib.sha256(data).hexdigest()
    month = index % 12 + 1
    lines += [
        f"  - id: p{index:05d}",
        f"    name: Processor {index}",
        f"    declaration: declarations/{name}",
        f"    concept: {5 if index % 3 else 6}",
        "    supervisions:",
        f"      - date: 2026-{month:02d}-15",
        f"        concept: {5 if index % 3 else 6}",
        "        conclusion: satisfactory",
        "        approved_by: Benchmark DPO",
        f"        evidence: [{{kind: {'isae3000' if index % 3 else 'inspection'}, file: {evidence}, sha256: {digest}}}]",
    ]
with open(os.path.join(work, "register.yaml"), "w") as f:
    f.write("\n".join(lines) + "\n")
PY

asof="--as-of 2026-12-01"
echo "== $count processors: check against plan, median of $runs alternating runs each"
python3 Benchmarks/alternate.py -w 1 -r "$runs" -o "$work/times.json" \
  "$bin/dpacheck check $work/declarations $asof --format text" \
  "$bin/dpacheck check $work/declarations $asof --format json" \
  "$bin/dpacheck plan $work/register.yaml $asof --format json" \
  "$bin/dpacheck plan $work/register.yaml $asof --format ics"
python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
text, json_, plan, ics = (r["median"] for r in results)
print(f"check, text   {text:8.3f} s")
print(f"check, JSON   {json_:8.3f} s")
print(f"plan, JSON    {plan:8.3f} s   ratio plan/check-text {plan / text:.2f}   plan/check-JSON {plan / json_:.2f}")
print(f"plan, iCal    {ics:8.3f} s   ratio plan/check-text {ics / text:.2f}   plan/check-JSON {ics / json_:.2f}")
PY

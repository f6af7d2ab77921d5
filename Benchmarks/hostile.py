#!/usr/bin/env python3
"""Times hostile inputs against one ordinary check, with the release binary, in the same run.

Each case is a file or a rule pack built to make evaluation expensive; each must end quickly with
exit 1 (a verdict) or 2 (refused with an error), never hang. The figure that matters is the ratio
to checking an ordinary declaration, measured alternately in the same run (the machine is noisy).

Usage: python3 Benchmarks/hostile.py [BINARY] [RUNS]
  BINARY defaults to .build/release/dpacheck (build it with: swift build -c release --product dpacheck)
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/dpacheck")
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
BASE = open(os.path.join(ROOT, "Examples/declarations/nordlys-cloud.yaml"), encoding="utf-8").read()
THIRD = ["US", "IN", "JP", "BR", "CA", "AU", "CH", "GB", "IL", "KR"]


def keys_and_transfers(n):
    keys = [THIRD[i % 10] for i in range(n)]
    keys[n // 2] = "CN"
    text = BASE.replace("key_countries: [DK]", "key_countries: [" + ", ".join(keys) + "]")
    start, end = text.index("\ntransfers:"), text.index("\ngovernment_access:")
    transfers = "".join(f"  - {{country: {THIRD[i % 10]}, recipient: R{i}, mechanism: scc}}\n" for i in range(n))
    return text[:start] + "\ntransfers:\n" + transfers + text[end:]


def backups_and_subprocessors(n):
    text = BASE.replace("    countries: [DE]\n  continuity:",
                        "    countries: [" + ", ".join(THIRD[i % 10] for i in range(n)) + ", CN]\n  continuity:")
    start, end = text.index("  list:\n    - name: Hetzner"), text.index("\ntransfers:")
    items = "".join(
        f"    - {{name: S{i}, service: s, countries: [{THIRD[i % 10]}], data_access: true, flow_down: true,"
        f" last_review_date: 2026-05-20, transfer: {{mechanism: scc, tia_date: 2026-01-20}}}}\n" for i in range(n))
    return text[:start] + "  list:\n" + items + text[end:]


def nested_pack(folder, depth):
    rules = os.path.join(folder, f"rules-{depth}")
    shutil.copytree(os.path.join(ROOT, "Tests/Fixtures/rules"), rules)
    check = ""
    for level in range(depth):
        indent = "  " * (3 + 2 * level)
        check += f"{indent}some: $.sites\n{indent}check:\n"
    check += "  " * (3 + 2 * depth) + "{field: country, equals: DK}\n"
    requirement = (
        "format: dpacheck/requirements/v1\nrequirements:\n  - id: G-01\n"
        "    title: {da: T, en: T}\n    rationale: {da: B., en: R.}\n"
        '    met_if: {da: "Kravet er opfyldt, hvis x.", en: "The requirement is met if x."}\n'
        '    clause: "10"\n    gdpr: ["Art. 33(2)"]\n    severity: high\n    check:\n' + check +
        "    remediation: {da: G., en: D.}\n")
    with open(os.path.join(rules, "golden/requirements.yaml"), "w", encoding="utf-8") as out:
        out.write(requirement)
    return rules


def main():
    work = tempfile.mkdtemp()
    try:
        files = {}
        for name, text in [("keys-3000x3000.yaml", keys_and_transfers(3000)),
                           ("backups-3000x3000.yaml", backups_and_subprocessors(3000))]:
            files[name] = os.path.join(work, name)
            with open(files[name], "w", encoding="utf-8") as out:
                out.write(text)
        sites = os.path.join(work, "sites-60.yaml")
        with open(sites, "w", encoding="utf-8") as out:
            out.write("format: dpacheck/declaration/v1\nvendor:\n  name: Many Sites\nsites:\n")
            out.writelines(f"  - country: {'DK' if i % 2 == 0 else 'DE'}\n" for i in range(60))
        asof = ["--as-of", "2026-11-26"]
        cases = [
            ("one ordinary declaration (baseline)", [os.path.join(ROOT, "Examples/declarations/nordlys-cloud.yaml")] + asof),
            ("3,000 key countries x 3,000 transfers", [files["keys-3000x3000.yaml"]] + asof),
            ("3,000 backup countries x 3,000 sub-processors", [files["backups-3000x3000.yaml"]] + asof),
            ("4 nested walks over 60 sites (budget)", [sites, "--rules", nested_pack(work, 4), "--profile", "golden"] + asof),
            ("40 nested quantifiers (refused at load)",
             [os.path.join(ROOT, "Tests/Fixtures/golden/acme.yaml"), "--rules", nested_pack(work, 40), "--profile", "golden"]),
        ]
        times = {name: [] for name, _ in cases}
        codes = {}
        for _ in range(RUNS):
            for name, arguments in cases:
                started = time.perf_counter()
                result = subprocess.run([BINARY, "check"] + arguments, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, timeout=120)
                times[name].append(time.perf_counter() - started)
                codes[name] = result.returncode
        baseline = statistics.median(times[cases[0][0]])
        print(f"{'case':50} {'exit':>4} {'median s':>9} {'x baseline':>10}")
        for name, _ in cases:
            median = statistics.median(times[name])
            print(f"{name:50} {codes[name]:>4} {median:>9.3f} {median / baseline:>10.1f}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()

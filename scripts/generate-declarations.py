#!/usr/bin/env python3
"""Generate a corpus of realistic vendor declarations for benchmarks and portfolio tests.

Each file is a variant of Examples/declarations/nordlys-cloud.yaml (the annotated v1 example) with a
random vendor, service, sub-processors, locations and dates, and some gaps: a late breach notice, a
stale assurance report, a US sub-processor without certification, unanswered questions. The output
is deterministic for a given seed.

Usage: scripts/generate-declarations.py COUNT OUTPUT_DIR [--seed N] [--pad-bytes N]
"""
import argparse
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "..", "Examples", "declarations", "nordlys-cloud.yaml")

PREFIXES = ["Nord", "Syd", "Øst", "Vest", "Fjord", "Skov", "Hav", "Lys", "Klar", "Borger", "Sags", "Data", "Kommune", "Trygg", "Digi"]
SUFFIXES = ["data", "flow", "sag", "soft", "systemer", "cloud", "it", "tech", "labs", "forvaltning"]
FORMS = ["ApS", "A/S", "I/S", "AS", "GmbH", "AB"]
SERVICES = ["case handling", "school platform", "payroll", "home care planning", "citizen portal", "archive", "booking", "document management"]
SUBPROCESSORS = [
    ("Hetzner Online GmbH", "HRB 6089", "hosting", ["DE"], None),
    ("Nordisk Drift A/S", "38111222", "operations", ["DK"], None),
    ("Fjeldsupport AS", "998877665", "support", ["NO"], None),
    ("Example Support Inc.", "5567", "second-line support", ["US"], {"mechanism": "dpf", "dpf_certified": True}),
    ("Cloudmail LLC", "7788", "e-mail delivery", ["US"], {"mechanism": "dpf", "dpf_certified": False}),
    ("Faroe Backup P/F", "4455", "backup", ["FO"], {"mechanism": "adequacy"}),
    ("Maple Analytics Ltd", "CA-8891", "analytics", ["CA"], {"mechanism": "adequacy"}),
]


def date(rng, start_year=2025, end_year=2026):
    year = rng.randint(start_year, end_year)
    month = rng.randint(1, 11 if year == 2026 else 12)
    return f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}"


def subprocessor_block(rng, index):
    name, reg, service, countries, transfer = SUBPROCESSORS[index]
    lines = [
        f"    - name: {name}",
        f"      registration_number: \"{reg}\"",
        f"      service: {service}",
        f"      countries: [{', '.join(countries)}]",
        "      data_access: true",
        "      flow_down: true",
        f"      last_review_date: {date(rng, 2026, 2026)}",
    ]
    if transfer:
        lines.append("      transfer:")
        lines.append(f"        mechanism: {transfer['mechanism']}")
        if "dpf_certified" in transfer:
            lines.append(f"        dpf_certified: {'true' if transfer['dpf_certified'] else 'false'}")
    return "\n".join(lines)


def generate(rng, template, number, pad_bytes):
    text = template
    vendor = f"{rng.choice(PREFIXES)}{rng.choice(SUFFIXES)} {rng.choice(FORMS)}"
    text = text.replace("Nordlys Cloud ApS", f"{vendor} {number}", 1)
    text = text.replace("Nordlys Sag", f"{vendor.split()[0]} {rng.choice(SERVICES).title()}", 1)
    text = text.replace("declared_on: 2026-09-15", f"declared_on: {date(rng, 2026, 2026)}", 1)
    text = re.sub(r"max_hours: 24", f"max_hours: {rng.choice([12, 24, 24, 36, 48, 48, 72])}", text, count=1)
    text = re.sub(r"period_end: 2026-06-30", f"period_end: {date(rng)}", text, count=1)
    text = re.sub(r"valid_until: 2027-06-30", f"valid_until: {rng.choice(['2026-10-31', '2027-06-30', '2028-01-31'])}", text, count=1)
    chosen = sorted(rng.sample(range(len(SUBPROCESSORS)), rng.randint(1, 4)))
    blocks = "\n".join(subprocessor_block(rng, i) for i in chosen)
    text = re.sub(r"(?ms)^  list:\n.*?(?=^transfers:)", "  list:\n" + blocks + "\n\n", text, count=1)
    if rng.random() < 0.15:  # some vendors leave questions unanswered
        text = re.sub(r"(?m)^(  (?:dpia_support|prior_consultation_support|contact_24x7)): .*$", r"\1: null", text)
    if pad_bytes:
        filler = "".join(f"  - free-text note {i}: " + "x" * 60 + "\n" for i in range(pad_bytes // 80))
        text += "x-notes:\n" + filler
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pad-bytes", type=int, default=0, help="append an x- extension of about this size to each file")
    args = parser.parse_args()
    with open(TEMPLATE, encoding="utf-8") as handle:
        template = handle.read()
    rng = random.Random(args.seed)
    os.makedirs(args.output, exist_ok=True)
    width = len(str(args.count))
    for number in range(1, args.count + 1):
        path = os.path.join(args.output, f"vendor-{number:0{width}d}.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(generate(rng, template, number, args.pad_bytes))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reads and fills dpacheck's workbooks with a real spreadsheet library (openpyxl), for the tests.

  workbook.py report XLSX JSON           the report workbook matches the JSON report of the same run
  workbook.py fill TEMPLATE YAML OUT     fills the questionnaire workbook with a declaration's answers
  workbook.py set TEMPLATE SHEET CELL VALUE OUT   writes one cell (error tests); "" empties it
  workbook.py describe XLSX              prints the sheets, their frozen panes, validations and header rows
  workbook.py kravbank XLSX CSV         the kravbank workbook has the CSV kravbank's rows
  workbook.py drop TEMPLATE SHEET OUT   removes a sheet
  workbook.py bomb OUT                  a zip whose workbook part inflates to 100 MB of zeros
  workbook.py huge TEMPLATE OUT         the template with a sheet of 600 000 cells

Exit 0 when all is well; 1 with the problems on stdout otherwise.
"""
import datetime
import json
import sys

import openpyxl
import yaml


class CoreLoader(yaml.SafeLoader):
    """YAML 1.2's core schema for booleans: only true/false (PyYAML's 1.1 reads NO, Norway, as false)."""


CoreLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def fail(problems):
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


def report(xlsx, json_path):
    with open(json_path, encoding="utf-8") as handle:
        data = json.load(handle)
    book = openpyxl.load_workbook(xlsx)
    problems = []
    if len(book.sheetnames) != 3:
        problems.append(f"sheets: {book.sheetnames}")
    summary, matrix, findings = (book[name] for name in book.sheetnames[:3])
    # Findings: one row per finding, in the JSON's order.
    expected = []
    for declaration in data["declarations"]:
        for finding in declaration["findings"]:
            expected.append(
                (
                    declaration["file"], declaration["vendor"], declaration["service"], finding["rule"],
                    finding["status"], finding["severity"], finding["clause"], ", ".join(finding["gdpr"]),
                    finding["location"]["line"], finding["message"],
                )
            )
    rows = [tuple(row) for row in findings.iter_rows(min_row=2, values_only=True)]
    if len(rows) != len(expected):
        problems.append(f"findings: {len(rows)} rows, the JSON has {len(expected)}")
    for index, (row, want) in enumerate(zip(rows, expected)):
        if row != want:
            problems.append(f"findings row {index + 2}: {row!r} != {want!r}")
            break
    if findings.freeze_panes != "A2":
        problems.append(f"findings: frozen panes {findings.freeze_panes}")
    if findings.auto_filter.ref != f"A1:J{len(expected) + 1}":
        problems.append(f"findings: autofilter {findings.auto_filter.ref}")
    # Summary: the totals of every status, and the as-of date.
    values = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row and row[0] is not None}
    for status in ["met", "gap", "unanswered", "not_applicable", "waived"]:
        total = sum(declaration["summary"][status] for declaration in data["declarations"])
        if values.get(status) != total:
            problems.append(f"summary: {status} = {values.get(status)!r}, the JSON totals {total}")
    as_of = next((v for k, v in values.items() if isinstance(v, datetime.datetime)), None)
    if as_of is None or as_of.date().isoformat() != data["as_of"]:
        problems.append(f"summary: as of {as_of!r} != {data['as_of']}")
    # Matrix: one row per declaration, coloured by conditional formats.
    matrix_rows = list(matrix.iter_rows(min_row=2, values_only=True))
    if [row[1] for row in matrix_rows] != [d["file"] for d in data["declarations"]]:
        problems.append("matrix: files differ from the JSON's declarations")
    if len(matrix.conditional_formatting) == 0:
        problems.append("matrix: no conditional colours")
    for formula_cell in (c for row in findings.iter_rows() for c in row if c.data_type == "f"):
        problems.append(f"findings: a formula at {formula_cell.coordinate}")
    fail(problems)


def layout(book):
    """The questionnaire workbook's layout from its hidden sheet: (language, {path: sheet name}, {recursive list
    path: sheet name}); a recursive list's items at every level are rows of its enclosing list's sheet."""
    meta = book["dpacheck"]
    language, sheets, chains = None, {}, {}
    for row in meta.iter_rows(values_only=True):
        if row[0] == "language":
            language = row[1]
        elif row[0] == "sheet":
            sheets[row[2] or ""] = row[1]
        elif row[0] == "chain":
            chains[row[2]] = row[1]
    return language, sheets, chains


def flatten(value, prefix=""):
    """An object's scalar fields and lists of scalars by relative dotted path; lists of objects apart."""
    out = {}
    for key, item in (value or {}).items():
        path = f"{prefix}{key}"
        if isinstance(item, dict):
            out.update(flatten(item, path + "."))
        else:
            out[path] = item
    return out


def cell_value(value, none_word):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return none_word if not value else "; ".join(cell_text(item) for item in value)
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    return value


def cell_text(item):
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, datetime.date):
        return item.isoformat()
    return str(item)


def fill(template, yaml_path, out):
    with open(yaml_path, encoding="utf-8") as handle:
        declaration = yaml.load(handle, Loader=CoreLoader)
    book = openpyxl.load_workbook(template)
    language, sheets, chains = layout(book)
    none_word = "(ingen)" if language == "da" else "(none)"
    questions = book[sheets[""]]
    rows = {}
    for row in questions.iter_rows(min_row=2):
        if row[0].value:
            rows[row[0].value] = row[2]

    def put_object(value, prefix, list_sheets_parent):
        for key, item in (value or {}).items():
            path = f"{prefix}{key}"
            if key.startswith("x-") or key == "format":
                continue
            if path in sheets:  # a list of objects: its own sheet
                put_list(path, item, None)
            elif isinstance(item, dict):
                put_object(item, path + ".", None)
            elif path in rows:
                rows[path].value = cell_value(item, none_word)
            else:
                raise SystemExit(f"no row for {path}")

    def put_list(path, items, parent_row, chain_row=None):
        """Writes a list's items from the first free row; `chain_row` is the row of the item whose recursive list
        these items are (they go in the same sheet, with that row in the chain's parent column)."""
        sheet = book[sheets[path]]
        keys = [cell.value for cell in sheet[2]]
        if items is None:
            return
        if not items:
            # An empty list: the none word in the first field of the first row.
            row = sheet.max_row + 1 if sheet.max_row >= 3 else 3
            column = next(index for index, key in enumerate(keys) if not key.startswith("@"))
            if parent_row is not None:
                sheet.cell(row=row, column=1, value=parent_row)
            sheet.cell(row=row, column=column + 1, value=none_word)
            return
        for item in items:
            row = max(sheet.max_row + 1, 3)
            while any(sheet.cell(row=row, column=c + 1).value is not None for c in range(len(keys))):
                row += 1
            if parent_row is not None:
                sheet.cell(row=row, column=1, value=parent_row)
            # The chain: the parent's row, and whether the item's own items are listed, none or not known.
            chain_key = next((p[len(path) + 3:] for p in chains if p.startswith(f"{path}[].")), None)
            chain = [chain_key] if chain_key in item else []
            if chain_row is not None:
                sheet.cell(row=row, column=keys.index(f"@{chain_key}") + 1, value=chain_row)
            for key in chain:
                if item[key] is not None:
                    sheet.cell(row=row, column=keys.index(key) + 1, value="listed" if item[key] else "none")
            nested = set(chain) | {k for k in item if f"{path}[].{k}" in sheets}
            values = flatten({k: v for k, v in item.items() if k not in nested and not k.startswith("x-")})
            for key, value in values.items():
                if key not in keys:
                    raise SystemExit(f"no column for {path}[].{key}")
                sheet.cell(row=row, column=keys.index(key) + 1, value=cell_value(value, none_word))
            for key, value in item.items():
                if f"{path}[].{key}" in sheets:
                    put_list(f"{path}[].{key}", value, row)
            for key in chain:
                if item[key]:
                    put_list(path, item[key], None, chain_row=row)

    put_object(declaration, "", None)
    book.save(out)


def set_cell(template, sheet, cell, value, out):
    book = openpyxl.load_workbook(template)
    book[sheet][cell] = value if value != "" else None  # "" empties the cell
    book.save(out)


def describe(xlsx):
    book = openpyxl.load_workbook(xlsx)
    for sheet in book.worksheets:
        validations = [(v.type, v.formula1, str(v.sqref)) for v in sheet.data_validations.dataValidation]
        print(sheet.title, sheet.sheet_state, sheet.freeze_panes, json.dumps(validations))
        for row in sheet.iter_rows(min_row=1, max_row=2, values_only=True):
            print("  ", json.dumps([cell_text(v) if v is not None else None for v in row], ensure_ascii=False))


def kravbank(xlsx, csv_path):
    import csv

    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        expected = [tuple(row) for row in csv.reader(handle)]
    book = openpyxl.load_workbook(xlsx)
    sheet = book.worksheets[0]
    rows = [tuple("" if value is None else str(value) for value in row) for row in sheet.iter_rows(values_only=True)]
    problems = []
    if rows != expected:
        problems.append(f"{len(rows)} rows, the CSV has {len(expected)}")
        problems += [f"row {i + 1}: {a!r} != {b!r}" for i, (a, b) in enumerate(zip(rows, expected)) if a != b][:3]
    if sheet.freeze_panes != "B2":
        problems.append(f"frozen panes {sheet.freeze_panes}")
    if sheet.auto_filter.ref != f"A1:G{len(expected)}":
        problems.append(f"autofilter {sheet.auto_filter.ref}")
    fail(problems)


def drop(template, sheet, out):
    book = openpyxl.load_workbook(template)
    del book[sheet]
    book.save(out)


def bomb(out):
    import zipfile

    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("xl/workbook.xml", "w", force_zip64=False) as part:
            block = b"\0" * (1 << 20)
            for _ in range(100):
                part.write(block)


def huge(template, out):
    """The template's parts, with the questions sheet replaced by one of 600 000 cells."""
    import zipfile

    book = openpyxl.load_workbook(template)
    _, sheets, _ = layout(book)
    index = book.sheetnames.index(sheets[""]) + 1
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}"><v>1</v></c>' for c in "ABCDEF") + "</row>" for r in range(1, 100_001))
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = sheet.encode() if item.filename == f"xl/worksheets/sheet{index}.xml" else source.read(item.filename)
            target.writestr(item.filename, data)


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    {
        "report": report, "fill": fill, "set": set_cell, "describe": describe, "drop": drop, "bomb": bomb, "huge": huge,
        "kravbank": kravbank,
    }[command](*arguments)

#!/usr/bin/env bash
# Runs two dpacheck binaries over the same inputs and compares their standard output, standard
# error and exit code byte for byte: for a change that must not change behaviour (a refactoring, a
# speed-up), build the old and the new binary and compare them.
#
# Usage: scripts/compare-outputs.sh [-j JOBS] [-k] [-f REGEX] OLD_BIN NEW_BIN
#   -j JOBS   runs at a time (default: the number of cores)
#   -k        keep the work folder (inputs and every output) and print its path
#   -f REGEX  only the runs whose name matches REGEX (awk's), besides those making baselines
#
# What runs, each with both binaries (`--as-of 2026-06-01` wherever dates matter):
#   - `check` of Examples/declarations as one portfolio folder, and of each of its files singly, in
#     every format (text, markdown, html, json, sarif, junit) and both languages (en, da);
#   - the same for 200 declarations from scripts/generate-declarations.py (seed 2026) as one
#     portfolio, and for the golden fixtures with their waivers and the Danish waivers fixture;
#   - `--baseline` runs: against a JSON report of the same inputs at an earlier date (made by
#     OLD_BIN, so both binaries read the same baseline);
#   - `rules docs|list|show|lint|test`, `explain` of a few requirements, `template`, `schema`,
#     `--help`, `--version`, and some command-line mistakes (exit 64);
#   - every case of the bad-input corpus (Tests/BadInput/manifest.yaml) that needs no file made at
#     run time, in both languages, as the manifest says to run it.
# Runs get a clean environment (NO_COLOR=1, LC_ALL=C.UTF-8, TZ=UTC, TMPDIR in the work folder) and
# the program name `dpacheck`, whatever the binaries' file names.
#
# Prints the number of comparisons and differences, and the first differences as `diff -u | head`
# (SHOW differences, default 10, of DIFF_LINES lines, default 20, cut at DIFF_WIDTH characters,
# default 240), then the names of all differing runs.
# Exits 0 when there is no difference, 1 when there is one, 2 on a usage or setup error.
set -euo pipefail

usage() {
  sed -n '6,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

jobs=$(nproc 2>/dev/null || echo 2)
keep=0
only=
while getopts "j:kf:h" option; do
  case $option in
    j) jobs=$OPTARG ;;
    k) keep=1 ;;
    f) only=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || usage

absolute() {  # absolute PATH: the path made absolute (the file must exist)
  case $1 in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$(cd "$(dirname "$1")" && pwd)" "$(basename "$1")" ;;
  esac
}
for binary in "$1" "$2"; do
  if [ ! -x "$binary" ] || [ -d "$binary" ]; then
    echo "compare-outputs: '$binary' is not an executable file" >&2
    exit 2
  fi
done
old_binary=$(absolute "$1")
new_binary=$(absolute "$2")

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/dpacheck-compare.XXXXXX")
cleanup() {
  if [ "$keep" = 1 ]; then echo "compare-outputs: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# Each binary is run as `dpacheck` found on PATH, so that argv[0] is the same for both.
for side in old new; do
  mkdir -p "$work/$side/bin" "$work/$side/out" "$work/$side/tmp"
done
ln -s "$old_binary" "$work/old/bin/dpacheck"
ln -s "$new_binary" "$work/new/bin/dpacheck"
mkdir -p "$work/inputs" "$work/baselines"

as_of=2026-06-01
formats=(text markdown html json sarif junit)
languages=(en da)

# ── Inputs
python3 "$root/scripts/generate-declarations.py" 200 "$work/inputs/generated" --seed 2026

# ── Cases: one line each, tab-separated: id, folder to run in (root or inputs), arguments.
cases1="$work/cases-1.tsv"  # the runs whose JSON reports become baselines
cases2="$work/cases-2.tsv"  # everything else
: >"$cases1"
: >"$cases2"
add() {  # add FILE ID FOLDER ARGUMENT...
  local file=$1 id=$2 folder=$3
  shift 3
  {
    printf '%s\t%s' "$id" "$folder"
    printf '\t%s' "$@"
    printf '\n'
  } >>"$file"
}
every_format() {  # every_format ID FOLDER ARGUMENT...: a case per format and language
  local id=$1 folder=$2
  shift 2
  for format in "${formats[@]}"; do
    for language in "${languages[@]}"; do
      add "$cases2" "$id.$format.$language" "$folder" "$@" --format "$format" --lang "$language"
    done
  done
}

examples=()
for file in "$root"/Examples/declarations/*.yaml "$root"/Examples/declarations/*.yml; do
  if [ -e "$file" ]; then examples+=("Examples/declarations/$(basename "$file")"); fi
done

every_format "examples" root check Examples/declarations --as-of "$as_of"
for file in "${examples[@]}"; do
  every_format "example-$(basename "$file")" root check "$file" --as-of "$as_of"
done
every_format "generated" inputs check generated --as-of "$as_of"
golden=(--rules Tests/Fixtures/rules --profile golden --waivers Tests/Fixtures/golden/waivers.yaml --as-of "$as_of")
every_format "golden-single" root check Tests/Fixtures/golden/acme.yaml "${golden[@]}"
every_format "golden-portfolio" root check Tests/Fixtures/golden/acme.yaml Tests/Fixtures/golden/broken.yaml \
  Tests/Fixtures/golden/nordic.yaml "${golden[@]}"
every_format "danish-waivers" root check Examples/declarations/stale-evidence.yaml \
  --waivers Tests/Fixtures/danish/waivers.yaml --as-of "$as_of"
every_format "fixtures" root check Tests/Fixtures/declarations --as-of "$as_of"
every_format "sundhed" root check Examples/declarations --profile kommune-sundhed --as-of "$as_of"
for fail_on in critical none; do
  add "$cases2" "examples.fail-on-$fail_on" root check Examples/declarations --fail-on "$fail_on" --as-of "$as_of"
done

# Baselines: JSON reports of the same inputs at an earlier date, made by the old binary.
add "$cases1" "baseline-of-examples" root check Examples/declarations --format json --fail-on none --as-of 2025-06-01
# Of the generated declarations, the first 80 only: a baseline of all 200 passes the 16 MiB limit
# on input files. The others are new to the baseline.
first_generated=()
while IFS= read -r file; do first_generated+=("generated/$file"); done < <(ls "$work/inputs/generated" | sort | head -n 80)
add "$cases1" "baseline-of-generated" inputs check "${first_generated[@]}" --format json --fail-on none --as-of 2025-12-01
for name in nordlys-cloud late-breach-notice; do
  add "$cases1" "baseline-of-$name" root check "Examples/declarations/$name.yaml" --format json --fail-on none --as-of 2025-06-01
done
every_format "examples-with-baseline" root check Examples/declarations --baseline "$work/baselines/baseline-of-examples.json" --as-of "$as_of"
for name in nordlys-cloud late-breach-notice; do
  every_format "$name-with-baseline" root check "Examples/declarations/$name.yaml" \
    --baseline "$work/baselines/baseline-of-$name.json" --as-of "$as_of"
done
for format in text json; do
  for language in "${languages[@]}"; do
    add "$cases2" "generated-with-baseline.$format.$language" inputs check generated \
      --baseline "$work/baselines/baseline-of-generated.json" --format "$format" --lang "$language" --as-of "$as_of"
  done
done

# The other commands.
add "$cases2" "rules-docs" root rules docs
add "$cases2" "rules-docs.fixture-rules" root rules docs --rules Tests/Fixtures/rules
add "$cases2" "rules-lint" root rules lint
add "$cases2" "rules-test" root rules test
for language in "${languages[@]}"; do
  for profile in kommune kommune-sundhed; do
    add "$cases2" "rules-list.$profile.$language" root rules list --profile "$profile" --lang "$language"
    add "$cases2" "rules-show.$profile.$language" root rules show --profile "$profile" --lang "$language"
  done
  add "$cases2" "rules-list.golden.$language" root rules list --rules Tests/Fixtures/rules --profile golden --lang "$language"
  for id in INS-01 SEC-01 SUB-05 TRF-02c BR-01 CONF-06 NO-SUCH-RULE; do
    add "$cases2" "explain-$id.$language" root explain "$id" --lang "$language"
  done
  add "$cases2" "explain-SEC-01.kommune-sundhed.$language" root explain SEC-01 --profile kommune-sundhed --lang "$language"
  add "$cases2" "template.$language" root template --lang "$language"
  add "$cases2" "template-with-examples.$language" root template --with-examples --lang "$language"
  add "$cases2" "schema.$language" root schema --lang "$language"
done
add "$cases2" "version" root --version
add "$cases2" "help" root --help
for command in check explain template schema rules; do
  add "$cases2" "help-$command" root help "$command"
done
add "$cases2" "usage.no-input" root check
add "$cases2" "usage.unknown-format" root check Examples/declarations/nordlys-cloud.yaml --format pdf
add "$cases2" "usage.bad-date" root check Examples/declarations/nordlys-cloud.yaml --as-of 2026-13-01
add "$cases2" "usage.unknown-option" root check Examples/declarations/nordlys-cloud.yaml --no-such-option
add "$cases2" "usage.unknown-command" root no-such-command

# The bad-input corpus, run as BadInputTests runs it (without the cases made at run time).
python3 - "$root/Tests/BadInput/manifest.yaml" "$as_of" >>"$cases2" <<'PYTHON'
import json, re, sys

manifest, as_of = sys.argv[1], sys.argv[2]
cases, entry = [], None
for line in open(manifest, encoding="utf-8"):
    if m := re.match(r'^  - file: "(.*)"\s*$', line):
        entry = {"file": m.group(1), "kind": "declaration", "args": [], "generate": False}
        cases.append(entry)
    elif entry is not None and (m := re.match(r'^    kind: "(.*)"\s*$', line)):
        entry["kind"] = m.group(1)
    elif entry is not None and (m := re.match(r'^    args: (\[.*\])\s*$', line)):
        entry["args"] = json.loads(m.group(1))
    elif entry is not None and re.match(r"^    generate:", line):
        entry["generate"] = True
for case in cases:
    if case["generate"]:
        continue
    path = "Tests/BadInput/" + case["file"]
    kind = case["kind"]
    if kind in ("declaration", "portfolio"):
        arguments = [path]
    elif kind in ("waivers", "profile", "baseline"):
        arguments = ["Examples/declarations/nordlys-cloud.yaml", "--" + kind, path]
    elif kind == "rules":
        arguments = ["Tests/Fixtures/golden/acme.yaml", "--rules", path, "--profile", "golden"]
    else:
        sys.exit(f"compare-outputs: unknown kind '{kind}' in {manifest}")
    for language in ("en", "da"):
        name = "bad-input." + re.sub(r"[^A-Za-z0-9._-]", "_", case["file"].rstrip("/")) + "." + language
        print("\t".join([name, "root", "check", *arguments, *case["args"], "--as-of", as_of, "--lang", language]))
PYTHON

if [ -n "$only" ]; then
  awk -F '\t' -v only="$only" '$1 ~ only' "$cases2" >"$cases2.only"
  mv "$cases2.only" "$cases2"
fi

# ── Running
run_case() {  # run_case LINE: runs one case with both binaries
  local fields id folder side
  IFS=$'\t' read -r -a fields <<<"$1"
  id=${fields[0]}
  case ${fields[1]} in
    root) folder=$root ;;
    inputs) folder=$work/inputs ;;
  esac
  for side in old new; do
    (
      cd "$folder"
      env -i PATH="$work/$side/bin:/usr/bin:/bin" HOME="$work/$side/tmp" TMPDIR="$work/$side/tmp" \
        LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} \
        timeout 300 dpacheck "${fields[@]:2}" \
        >"$work/$side/out/$id.stdout" 2>"$work/$side/out/$id.stderr" </dev/null && status=0 || status=$?
      echo "$status" >"$work/$side/out/$id.exit"
    )
  done
}
export -f run_case
export root work

run_all() {  # run_all CASES
  tr '\n' '\0' <"$1" | xargs -0 -r -P "$jobs" -n 1 bash -c 'run_case "$1"' _
}

started=$(date +%s)
run_all "$cases1"
while IFS=$'\t' read -r id _; do
  cp "$work/old/out/$id.stdout" "$work/baselines/$id.json"
done <"$cases1"
run_all "$cases2"

# ── Comparing
comparisons=0
differences=0
shown=0
show=${SHOW:-10}
report="$work/differences.txt"
: >"$report"
while IFS=$'\t' read -r id _; do
  for stream in stdout stderr exit; do
    comparisons=$((comparisons + 1))
    old_file="$work/old/out/$id.$stream"
    new_file="$work/new/out/$id.$stream"
    if ! cmp -s "$old_file" "$new_file"; then
      differences=$((differences + 1))
      echo "$id $stream" >>"$report"
      if [ "$shown" -lt "$show" ]; then
        shown=$((shown + 1))
        echo "── $id: $stream differs"
        diff -u --label "old/$id.$stream" --label "new/$id.$stream" "$old_file" "$new_file" |
          head -n "${DIFF_LINES:-20}" | cut -c "1-${DIFF_WIDTH:-240}" || true
      fi
    fi
  done
done < <(cat "$cases1" "$cases2")

runs=$(cat "$cases1" "$cases2" | wc -l)
echo "compare-outputs: $comparisons comparisons ($runs runs of each binary × stdout, stderr, exit code), $differences differences ($(($(date +%s) - started)) s)"
if [ "$differences" -gt 0 ]; then
  if [ "$differences" -gt "$shown" ]; then
    echo "compare-outputs: every differing run (the first $show differences are shown above):"
    awk '{ streams[$1] = streams[$1] " " $2; if (!seen[$1]++) order[++n] = $1 }
      END { for (i = 1; i <= n; i++) print "  " order[i] ":" streams[order[i]] }' "$report"
  fi
  echo "old: $old_binary"
  echo "new: $new_binary"
  exit 1
fi

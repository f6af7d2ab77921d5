#!/usr/bin/env bash
# Builds one libFuzzer target from Fuzz/ and runs it for a while.
#
# Usage: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer arguments]
#        TARGET is yaml, declaration, rulepack or check (Fuzz/TARGET.swift); SECONDS 0 only builds
#        and seeds.
#
# The library modules (YAMLSupport, ComplianceCore, ComplianceReporters) are compiled one by one
# with swiftc -emit-module into .build-fuzz/ (git-ignored), with the flags of Package.swift plus
# -sanitize=fuzzer,address, so that their code is instrumented for coverage and AddressSanitizer;
# the target file and Fuzz/Support/*.swift are then linked against them and the system libyaml
# (which is not instrumented). A module is rebuilt when one of its sources, a module it imports or
# this script is newer than its object file.
#
# Seeds are copied to .build-fuzz/seeds/TARGET on every run; new corpus entries go to
# .build-fuzz/corpus/TARGET, crashes, leaks and timeouts to .build-fuzz/crashes/TARGET, the log to
# .build-fuzz/logs. Environment: FUZZ_OPT (default -O; -Onone if -O gives trouble),
# DPACHECK_FUZZ_IGNORE (invariants to switch off, comma-separated), DPACHECK_FUZZ_FULL_RULES=1
# (rulepack: load every shipped rule file, not only questionnaire, countries, packs and profiles).
set -euo pipefail

usage() { echo "usage: scripts/fuzz.sh yaml|declaration|rulepack|check SECONDS [libFuzzer args...]" >&2; exit 64; }
[[ $# -ge 2 ]] || usage
TARGET=$1
SECONDS_TO_RUN=$2
shift 2
[[ $SECONDS_TO_RUN =~ ^[0-9]+$ ]] || usage

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
[[ -f Fuzz/$TARGET.swift ]] || { echo "fuzz.sh: no target Fuzz/$TARGET.swift" >&2; usage; }

OUT=.build-fuzz
OPT=${FUZZ_OPT:--O}
mkdir -p "$OUT/modules" "$OUT/obj" "$OUT/bin" "$OUT/logs" "$OUT/corpus/$TARGET" "$OUT/crashes/$TARGET"

SWIFT_FLAGS=(
  -parse-as-library -swift-version 6 -package-name dpacheck
  -enable-upcoming-feature ExistentialAny
  -enable-upcoming-feature MemberImportVisibility
  -enable-upcoming-feature InternalImportsByDefault
  "$OPT" -g -sanitize=fuzzer,address
  -I Sources/CYAML -I "$OUT/modules"
)

case $TARGET in
  yaml) MODULES=(YAMLSupport) ;;
  *) MODULES=(YAMLSupport ComplianceCore ComplianceReporters Frontend) ;;
esac

# build_module MODULE [OBJECTS OF THE MODULES IT IMPORTS...]: compiles unless up to date.
build_module() {
  local module=$1 object="$OUT/obj/$1.o"
  shift
  local sources
  mapfile -t sources < <(find "Sources/$module" -name '*.swift' | sort)
  local stale=0
  if [[ ! -f $object || scripts/fuzz.sh -nt $object ]]; then stale=1; fi
  local input
  for input in "${sources[@]}" "$@"; do
    [[ $input -nt $object ]] && stale=1
  done
  # A module list that changed (a file deleted) is caught by comparing the source list too.
  local list="$OUT/obj/$module.sources"
  if [[ ! -f $list ]] || ! diff -q <(printf '%s\n' "${sources[@]}") "$list" >/dev/null; then stale=1; fi
  if [[ $stale == 0 ]]; then return; fi
  echo "fuzz.sh: compiling $module (${#sources[@]} files, $OPT)" >&2
  swiftc "${SWIFT_FLAGS[@]}" -module-name "$module" -wmo -c \
    -emit-module -emit-module-path "$OUT/modules/$module.swiftmodule" \
    -o "$object" "${sources[@]}"
  touch "$object"  # swiftc leaves an unchanged object file's time alone
  printf '%s\n' "${sources[@]}" >"$list"
}

OBJECTS=()
for module in "${MODULES[@]}"; do
  build_module "$module" "${OBJECTS[@]}"
  OBJECTS+=("$OUT/obj/$module.o")
done

BINARY="$OUT/bin/$TARGET"
echo "fuzz.sh: linking $BINARY" >&2
swiftc "${SWIFT_FLAGS[@]}" -module-name "fuzz_$TARGET" \
  -use-ld=lld "Fuzz/$TARGET.swift" Fuzz/Support/*.swift "${OBJECTS[@]}" -lyaml -o "$BINARY"

# Declarations are up to ~9 KB and requirement files up to ~44 KB; longer inputs only slow the
# search down. A -max_len among the extra arguments wins (libFuzzer takes the last value of a flag).
MAX_LEN=16384
[[ $TARGET == rulepack ]] && MAX_LEN=65536
for arg in "$@"; do
  if [[ $arg =~ ^-max_len=([0-9]+)$ ]]; then MAX_LEN=${BASH_REMATCH[1]}; fi
done

# Seeds: copied afresh, so that edits to examples and fixtures reach the fuzzer. Files longer than
# -max_len (the questionnaire, ~91 KB, and the size-limit inputs of Tests/BadInput/limits, up to
# 500 KB) are left out: libFuzzer would read only their first -max_len bytes, and replaying and
# mutating those prefixes cost time for nothing the other seeds do not reach.
SEEDS="$OUT/seeds/$TARGET"
rm -rf "$SEEDS"
mkdir -p "$SEEDS"
seed() {  # seed FILE...: copies files, named by their path, into the seed folder
  local file
  for file in "$@"; do
    if [[ -f $file && -r $file && $(stat -c %s "$file") -le $MAX_LEN ]]; then
      cp "$file" "$SEEDS/$(echo "$file" | tr '/' '_')" || true
    fi
  done
  return 0
}
shopt -s nullglob globstar
case $TARGET in
  yaml)
    seed Examples/declarations/*.yaml Examples/ci/*.yml Tests/Fixtures/**/*.yaml Tests/BadInput/**/* Rules/**/*.yaml ;;
  declaration|check)
    seed Examples/declarations/*.yaml Tests/Fixtures/declarations/*.yaml Tests/Fixtures/golden/*.yaml Tests/BadInput/**/* ;;
  rulepack)
    seed Rules/**/*.yaml Tests/Fixtures/rules/**/*.yaml Tests/Fixtures/rules-lint/**/*.yaml Tests/BadInput/**/* ;;
esac
seed Tests/Fixtures/fuzz-regressions/"$TARGET"-*
echo "fuzz.sh: $(find "$SEEDS" -type f | wc -l) seed files in $SEEDS" >&2

if [[ $SECONDS_TO_RUN == 0 ]]; then exit 0; fi

export DPACHECK_RULES="$ROOT/Rules"
# libFuzzer prints the stack of a trap; Swift's own backtracer would only slow every crash down.
export SWIFT_BACKTRACE=enable=no
# Leaks are reported at exit of each input by libFuzzer (-detect_leaks=1, the default with ASan).
export ASAN_OPTIONS=${ASAN_OPTIONS:-"symbolize=1:detect_leaks=1"}
# malloc_context_size: deep enough that a warm-up allocation's stack reaches LLVMFuzzerInitialize
# (the recursive check parser nests deeper than the default 30 frames).
export LSAN_OPTIONS=${LSAN_OPTIONS:-"suppressions=$ROOT/Fuzz/lsan.supp:print_suppressions=0:malloc_context_size=100"}
LOG="$OUT/logs/$TARGET-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "fuzz.sh: running $TARGET for $SECONDS_TO_RUN s; log in $LOG" >&2

status=0
"$BINARY" "$OUT/corpus/$TARGET" "$SEEDS" \
  -max_total_time="$SECONDS_TO_RUN" -rss_limit_mb=2048 -timeout=10 -max_len="$MAX_LEN" \
  -dict=Fuzz/yaml.dict -artifact_prefix="$OUT/crashes/$TARGET/" -print_final_stats=1 \
  "$@" 2>&1 | tee "$LOG" || status=$?

echo
echo "== $TARGET: libFuzzer final stats =="
grep -E '^(stat::|Done [0-9]+ runs)' "$LOG" || echo "(no final stats: see $LOG)"
crashes=$(find "$OUT/crashes/$TARGET" -type f | wc -l)
echo "artifacts in $OUT/crashes/$TARGET: $crashes; exit status $status"
exit "$status"

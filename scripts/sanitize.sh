#!/usr/bin/env bash
# Runs the tests under sanitizers: AddressSanitizer over the whole suite (including the bad-input
# corpus and the end-to-end tests, which run the ASan-built binary), and ThreadSanitizer over the
# parallel portfolio code.
#
# Usage: scripts/sanitize.sh [address|thread|all]   (default: all)
# Each sanitizer builds into its own folder (.build-asan, .build-tsan), so the normal build is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"

if [ "$which" = address ] || [ "$which" = all ]; then
  echo "== AddressSanitizer: the whole test suite" >&2
  ASAN_OPTIONS=detect_leaks=0 swift test --scratch-path .build-asan --sanitize=address
fi
if [ "$which" = thread ] || [ "$which" = all ]; then
  echo "== ThreadSanitizer: portfolio runs in parallel" >&2
  # The portfolio tests run the TSan-built binary over folders of declarations on all cores, and
  # every run of it parses its rule files side by side; so do the rule-loading tests in-process.
  TSAN_OPTIONS=halt_on_error=1 swift test --scratch-path .build-tsan --sanitize=thread \
    --filter "ReportFormatTests|GateTests|AtomicOutputTests|ExampleDeclarationTests|RuleLoadingTests|ConcurrencyTests|CheckCommandTests"
fi

#!/usr/bin/env bash
# Measures that a portfolio run does not keep every declaration's tree: the peak memory of checking
# COUNT generated declarations (default 10,000) against the peak of checking one, in the same run.
#
# Usage: scripts/portfolio-memory.sh [COUNT]
# Prints both peaks and their ratio; exits 1 when the ratio is over the limit (2.0).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
limit="2.0"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }

swift build -c release --product dpacheck >/dev/null
bin="$(swift build -c release --show-bin-path)/dpacheck"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/generate-declarations.py "$count" "$work/portfolio"

peak() {  # peak resident set size in KiB of the given command
  /usr/bin/time -f "%M %e" -o "$work/rss" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/rss"
}

read -r one one_s < <(peak "$bin" check "$work/portfolio/$(ls "$work/portfolio" | head -1)" --as-of 2026-11-26 --format text)
read -r many many_s < <(peak "$bin" check "$work/portfolio" --as-of 2026-11-26 --format text)
ratio=$(python3 -c "print(f'{$many / $one:.2f}')")
echo "peak RSS, 1 declaration:         ${one} KiB (${one_s} s)"
echo "peak RSS, ${count} declarations: ${many} KiB (${many_s} s)"
echo "ratio: ${ratio} (limit ${limit})"
python3 -c "import sys; sys.exit(0 if $many / $one <= $limit else 1)"

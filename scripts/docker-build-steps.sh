#!/usr/bin/env bash
# The Dockerfile's steps, run in order on this machine, for where docker cannot run: the release
# build with the Dockerfile's flags, then what the runtime image needs from the result (ldd: only
# system libraries may remain, no Swift runtime library from the toolchain), then `--version` and a
# check of an example, as `docker run` would do, and the binary's size for the image-size estimate.
#
#   scripts/docker-build-steps.sh
#
# Needs a Swift 6 toolchain, libyaml-dev and libxlsxwriter-dev (apt-get install libyaml-dev
# libxlsxwriter-dev), like the build stage.
# Exits 1 when the binary needs a library that is not a system library.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "build stage: the libyaml headers (the image installs libyaml-dev)"
if ! pkg-config --exists yaml-0.1; then
  echo "libyaml-dev is missing: apt-get install -y libyaml-dev" >&2
  exit 1
fi
echo "yaml-0.1 $(pkg-config --modversion yaml-0.1)"
if ! pkg-config --exists xlsxwriter; then
  echo "libxlsxwriter-dev is missing: apt-get install -y libxlsxwriter-dev" >&2
  exit 1
fi
echo "xlsxwriter $(pkg-config --modversion xlsxwriter)"
swift --version 2>&1 | head -n 1

step "build stage: swift build -c release -Xswiftc -static-stdlib --product dpacheck"
swift build -c release -Xswiftc -static-stdlib --product dpacheck
binary="$(swift build -c release -Xswiftc -static-stdlib --show-bin-path)/dpacheck"
echo "built $binary"

step "runtime stage: the shared libraries the binary needs (ldd)"
ldd "$binary"
# Every library must be one that Debian installs (libc6, libgcc-s1, libstdc++6, libyaml-0-2;
# libxlsxwriter4 and zlib1g are opened with dlopen by the spreadsheet commands, not linked); a
# library from the toolchain (libswiftCore.so, libFoundation*.so, libdispatch.so ...) would be
# missing in debian:bookworm-slim.
owner() { # owner LIBRARY: the Debian package that installed it (the path as ldd gives it, or resolved)
  dpkg -S "$1" 2>/dev/null || dpkg -S "$(readlink -f "$1")" 2>/dev/null
}
libraries=$(ldd "$binary" | awk '/=>/ { print $3 }')
foreign=$(for library in $libraries; do owner "$library" >/dev/null || echo "$library"; done)
if [ -n "$foreign" ]; then
  echo "libraries not from a Debian package (they would be missing at run time):" >&2
  echo "$foreign" >&2
  exit 1
fi
echo "every library comes from a Debian package:"
for library in $libraries; do owner "$library"; done | cut -d: -f1 | sort -u | sed 's/^/  /'

step "runtime stage: dpacheck --version"
"$binary" --version

step "runtime stage: dpacheck check Examples/declarations/nordlys-cloud.yaml --as-of 2026-11-26"
status=0
"$binary" check Examples/declarations/nordlys-cloud.yaml --as-of 2026-11-26 | tail -n 3 || status=$?
echo "exit status $status"
step "runtime stage: dpacheck check Examples/declarations/scc-without-tia.yaml --as-of 2026-11-26 (a gap)"
status=0
"$binary" check Examples/declarations/scc-without-tia.yaml --as-of 2026-11-26 | tail -n 1 || status=$?
echo "exit status $status (1: the gate failed, as it should)"

step "size of what the runtime stage copies"
ls -l "$binary" | awk '{ printf "dpacheck binary: %d bytes (%.1f MB)\n", $5, $5 / 1000000 }'
dpkg-query -W -f='libyaml-0-2 ${Version}: Installed-Size ${Installed-Size} KiB\n' libyaml-0-2
dpkg-query -W -f='libxlsxwriter4 ${Version}: Installed-Size ${Installed-Size} KiB\n' libxlsxwriter4 libminizip1 libssl3 2>/dev/null || true

#!/usr/bin/env bash
# After `cmake --install`, gobuild finds its tools and the runtime sources
# relative to its own path, with no environment variable, and builds a
# program that runs.
# usage: install.sh BUILD_DIR PROGRAM EXPECTED_OUT
set -euo pipefail
build=$1
prog=$(realpath "$2")
want=$(realpath "$3")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
export XDG_CACHE_HOME=$tmp/cache
unset GOROOT || true
[ -x "$tmp/prefix/lib/gocc/pkg/tool/linux_amd64/asm" ] || { echo "FAIL: asm not installed"; exit 1; }
[ -f "$tmp/prefix/lib/gocc/src/runtime/asm_amd64.s" ] || { echo "FAIL: runtime not installed"; exit 1; }
cd "$tmp"
"$tmp/prefix/bin/gobuild" build -o prog "$prog"
./prog >got
cmp got "$want" || { echo "FAIL: installed toolchain built a program with the wrong output"; exit 1; }
echo PASS

#!/usr/bin/env bash
# The start-up walk-through in gdb: break on the entry point, run, then
# `next` steps from _rt0_amd64_linux (rt0_linux_amd64.s) through _rt0_amd64
# into runtime.rt0_go (both in asm_amd64.s), as on a gc binary.
# usage: gdb_startup.sh BINARY
set -euo pipefail
bin=$1
entry=$(readelf -hW "$bin" | awk '/Entry point/ { print $4 }')
out=$(gdb -nx -batch -ex 'set debuginfod enabled off' -ex "break *$entry" -ex run \
	-ex next -ex next -ex next -ex next -ex next "$bin" 2>&1)
echo "$out"
fail() { echo "FAIL: $*"; exit 1; }
echo "$out" | grep -Eq '^Breakpoint 1, _rt0_amd64_linux \(\) at .*/runtime/rt0_linux_amd64\.s:[0-9]+$' ||
	fail "no stop at _rt0_amd64_linux () at .../rt0_linux_amd64.s:N"
echo "$out" | grep -Eq '^_rt0_amd64 \(\) at .*/runtime/asm_amd64\.s:[0-9]+$' ||
	fail "next did not pass through _rt0_amd64 () at .../asm_amd64.s:N"
echo "$out" | grep -Eq '^runtime\.rt0_go \(\) at .*/runtime/asm_amd64\.s:[0-9]+$' ||
	fail "next did not reach runtime.rt0_go () at .../asm_amd64.s:N"
echo PASS

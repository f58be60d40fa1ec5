#!/usr/bin/env bash
# The start-up chain of a Go hello world built by gobuild, as `go tool nm`
# lists it: every function from the ELF entry to main.main is a text
# symbol (go-binary-format.md §6), and the program prints its line.
# usage: startup_chain.sh GOBUILD hello.go
set -euo pipefail
gobuild=$1
src=$2
tmp=$(mktemp -d /tmp/gocc-chain-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
"$gobuild" build -o "$tmp/hello" "$src"
go tool nm "$tmp/hello" >"$tmp/nm"
status=0
for sym in _rt0_amd64_linux _rt0_amd64 runtime.rt0_go runtime.settls runtime.check \
	runtime.args runtime.osinit runtime.schedinit runtime.newproc runtime.mstart \
	runtime.main main.main; do
	if ! grep -Eq "^ *[0-9a-f]+ T $sym\$" "$tmp/nm"; then
		echo "FAIL: go tool nm does not list $sym as a text symbol"
		status=1
	fi
done
out=$("$tmp/hello" 2>&1)
[ "$out" = "hello, world" ] || { echo "FAIL: hello printed '$out'"; status=1; }
[ $status = 0 ] && echo PASS
exit $status

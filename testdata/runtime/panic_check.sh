#!/usr/bin/env bash
# Runs a crashing program built by our gobuild and by gc (inlining off, as
# our compiler does not inline) with the same environment, and compares
# exit status and standard error after normalizing what legitimately
# differs: frame offsets (+0x..), argument lists (ours print "(...)"),
# fp/sp/pc values, the signal's pc and runtime frames' file:line (the
# "panic(...)" frame of a panic in a deferred call: our runtime's source is
# not gc's). Expected output comes from gc.
#
# usage: panic_check.sh GOBUILD FILE.go [VAR=value...]
#        panic_check.sh --overflow GOBUILD FILE.go   (stack overflow: the
#        limit line, the fatal error, the first goroutine frame, exit 2)
#        panic_check.sh --exact GOBUILD DIR|FILE.go  (no crash expected:
#        stdout, stderr and exit status must be gc's byte for byte)
set -euo pipefail
mode=full
if [ "$1" = --overflow ]; then mode=overflow; shift; fi
if [ "$1" = --exact ]; then mode=exact; shift; fi
gobuild=$1
src=$2
shift 2
tmp=$(mktemp -d /tmp/gocc-panic-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
"$gobuild" build -o "$tmp/ours" "$src"
if [ -d "$src" ]; then
	(cd "$src" && GO111MODULE=off GOFLAGS= go build -gcflags=-l -o "$tmp/gc" .)
else
	GO111MODULE=off GOFLAGS= go build -gcflags=-l -o "$tmp/gc" "$src"
fi
run() {
	set +e
	timeout 120 env "$@" >"$tmp/out" 2>"$tmp/err"
	echo $?
	set -e
}
norm() {
	sed -E -e 's/^([^[:space:]]+)\(.*\)$/\1(...)/' -e 's/ \+0x[0-9a-f]+//' \
		-e 's/ (fp|sp|pc)=0x[0-9a-f]+//g' -e 's/pc=0x[0-9a-f]+\]$/pc=PC]/' \
		-e 's|^\t/.*/src/runtime/([a-z0-9_]+\.go):[0-9]+$|\truntime/\1|'
}
ours_status=$(run "$@" "$tmp/ours")
if [ $mode = exact ]; then cp "$tmp/err" "$tmp/ours.err"; else norm <"$tmp/err" >"$tmp/ours.err"; fi
mv "$tmp/out" "$tmp/ours.out"
gc_status=$(run "$@" "$tmp/gc")
if [ $mode = exact ]; then cp "$tmp/err" "$tmp/gc.err"; else norm <"$tmp/err" >"$tmp/gc.err"; fi
mv "$tmp/out" "$tmp/gc.out"
fail() { echo "FAIL: $*"; echo "--- ours (exit $ours_status)"; cat "$tmp/ours.err"; echo "--- gc (exit $gc_status)"; cat "$tmp/gc.err"; exit 1; }
[ "$ours_status" = "$gc_status" ] || fail "exit status $ours_status, gc's $gc_status"
if [ $mode = full ] || [ $mode = exact ]; then
	diff "$tmp/gc.err" "$tmp/ours.err" >"$tmp/diff" || fail "stderr differs:$(echo; cat "$tmp/diff")"
	diff "$tmp/gc.out" "$tmp/ours.out" >"$tmp/diff" || fail "stdout differs:$(echo; cat "$tmp/diff")"
else
	for want in 'runtime: goroutine stack exceeds 1000000000-byte limit' 'fatal error: stack overflow' \
		'goroutine 1 [running]:' 'main.f(...)'; do
		grep -qxF -- "$want" "$tmp/gc.err" || fail "gc's output lacks $want"
		grep -qxF -- "$want" "$tmp/ours.err" || fail "our output lacks $want"
	done
	# The first frame of the goroutine is main.f at the same line.
	g1=$(grep -A2 '^goroutine 1 ' "$tmp/gc.err" | sed -n 3p)
	o1=$(grep -A2 '^goroutine 1 ' "$tmp/ours.err" | sed -n 3p)
	[ "$g1" = "$o1" ] || fail "first frame's line: ours '$o1', gc's '$g1'"
fi
echo PASS

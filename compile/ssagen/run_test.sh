#!/usr/bin/env bash
# One `// run` test of testdata/run on gc's runtime, run by hand to tell a
# compiler bug from a runtime bug (ctest run/NAME runs it through gobuild and
# our runtime): compiles NAME.go with our
# compile, runs it on gc's runtime (gc_oracle.sh) and compares stdout with
# NAME.out, the exit status with 0 (or `// exitcode N`), and stderr with
# NAME.err (both up to the first "goroutine " line: gc's traceback holds
# addresses and paths).
#
# usage: compile/ssagen/run_test.sh COMPILE testdata/run/NAME.go
#   (COMPILE: build/lib/gocc/pkg/tool/linux_amd64/compile)
set -uo pipefail
compile=$1
src=$2
here=$(cd "$(dirname "$0")" && pwd)
stem=${src%.go}
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$here/gc_oracle.sh" "$compile" "$src" >"$out" 2>"$err"
status=$?
want=0
if grep -q '^// exitcode ' "$src"; then want=$(sed -n 's|^// exitcode \([0-9]*\).*|\1|p' "$src" | head -1); fi
fail=0
if [ "$status" != "$want" ]; then
	echo "exit status $status, want $want"
	fail=1
fi
if ! diff -u "$stem.out" "$out"; then fail=1; fi
cut_trace() { sed -e '/^goroutine /,$d' -e 's/ pc=0x[0-9a-f]*/ pc=PC/' "$1"; }
if [ -e "$stem.err" ]; then
	if ! diff -u <(cut_trace "$stem.err") <(cut_trace "$err"); then fail=1; fi
elif [ -s "$err" ]; then
	echo "unexpected stderr:"
	cat "$err"
	fail=1
fi
[ $fail = 0 ] && echo PASS
exit $fail

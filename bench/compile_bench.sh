#!/usr/bin/env bash
# Compile time per package, ours vs gc's `go tool compile` (best of 3 runs
# each): the runtime's Go files, a generated 10,000-line package, and each
# bench/cpu program. Prints seconds and the ratio ours/gc.
# Usage: bench/compile_bench.sh [build-dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
compile=$build/lib/gocc/pkg/tool/linux_amd64/compile
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/big.go" <<'PY'
import sys
out = ["package main", ""]
i = 0
while len(out) < 10000:
    out += ["type T%d struct{ a, b int; s string }" % i, "",
            "func (t *T%d) Sum(x int) int {" % i,
            "\tif x > %d {" % i, "\t\treturn t.a + t.b*x", "\t}",
            "\tfor j := 0; j < x; j++ {", "\t\tt.a += j", "\t}",
            "\treturn len(t.s) + %d" % i, "}", ""]
    i += 1
out += ["func main() {", "\tvar t T0", "\tprintln(t.Sum(3))", "}"]
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
best() {  # best wall time of 3 runs of "$@", in seconds
	local b=""
	for _ in 1 2 3; do
		local s e t
		s=$(date +%s.%N)
		"$@" >/dev/null 2>&1 || { echo "FAIL"; return; }
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc)
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
	done
	echo "$b"
}
row() {  # name, ours..., --, gc...
	local name=$1
	shift
	local ours=() gc=()
	while [ "$1" != -- ]; do ours+=("$1"); shift; done
	shift
	gc=("$@")
	local a b
	a=$(best "${ours[@]}")
	b=$(best "${gc[@]}")
	local r="-"
	if [ "$a" != FAIL ] && [ "$b" != FAIL ]; then r=$(echo "scale=2; $a / $b" | bc); fi
	printf '%-22s ours %8s s   gc %8s s   ratio %s\n' "$name" "$a" "$b" "$r"
}
row big10k "$compile" -p main -o "$tmp/a.s" "$tmp/big.go" -- \
	go tool compile -p main -o "$tmp/a.o" "$tmp/big.go"
for f in "$here"/cpu/*.go; do
	n=$(basename "$f" .go)
	row "cpu/$n" "$compile" -p main -o "$tmp/a.s" "$f" -- \
		go tool compile -p main -o "$tmp/a.o" "$f"
done
# The runtime: gc compiles it as a standard package without the
# assembly's symbol ABIs, which is enough to type-check and generate code.
rt=$here/../runtime
mapfile -t rtfiles < <(ls "$rt"/*.go)
row runtime "$compile" -p runtime -o "$tmp/rt.s" "${rtfiles[@]}" -- \
	go tool compile -p runtime -std -+ -o "$tmp/rt.o" "${rtfiles[@]}"

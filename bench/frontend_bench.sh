#!/bin/sh
# Times the compile front end on a generated 10,000-line Go file (must
# stay well under a second).
# Usage: bench/frontend_bench.sh [build-dir]
set -e
build=${1:-$(dirname "$0")/../build}
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
out += ["func main() {", "\tvar t T0", "\t_ = t.Sum(3)", "}"]
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
wc -l < "$tmp/big.go"
# The front end alone (lexer, parser, checker) is the fuzz target's replay
# program, compile/compile_fuzz; then the whole compile for reference.
now() { date +%s.%N; }
t0=$(now)
"$build/compile/compile_fuzz" "$tmp/big.go" > /dev/null
t1=$(now)
"$compile" -p main -o "$tmp/big.s" "$tmp/big.go" > /dev/null 2>&1 || true
t2=$(now)
awk -v a="$t0" -v b="$t1" -v c="$t2" \
  'BEGIN { printf "front end: %.3f s\ncompile (with back end): %.3f s\n", b - a, c - b }'

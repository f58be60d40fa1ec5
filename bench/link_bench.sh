#!/bin/bash
# Link-time and size benchmark: our linker on a test program next to
# `go tool link` on gc's hello world (fmt.Println). Prints one line per
# linker: mean wall time over N links and the binary size.
#
#   bench/link_bench.sh [BUILD_DIR] [N]
#
# Our input is the plan9 program in testdata/link/plan9 when our asm can
# assemble it, else the GNU as stand-in in testdata/link/gas.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
n=${2:-20}
tools=$build/lib/gocc/pkg/tool/linux_amd64
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Mean seconds of N runs of a command.
mean() {
  local start end
  start=$(date +%s.%N)
  for _ in $(seq "$n"); do "$@" >/dev/null; done
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN { print (e - s) / n }'
}

# Ours.
if "$root/link/testing/build_plan9_hello.sh" "$tools/link" "$tools/asm" \
    "$root/testdata/link/plan9" "$work/ours" >/dev/null 2>&1; then
  input="plan9 (our asm)"
  objs=("$work/ours/hello.o" "$work/ours/runtime.a")
else
  "$root/link/testing/build_gas_hello.sh" "$tools/link" \
    "$build/link/link_gas_funcinfo" "$root/testdata/link/gas" "$work/ours" >/dev/null
  input="GNU as stand-in"
  objs=("$work/ours/hello.o" "$work/ours/runtime.a")
fi
ours_t=$(mean "$tools/link" -o "$work/ours/bench" "${objs[@]}")
ours_s=$(stat -c %s "$work/ours/bench")

# gc: hello world with fmt, compiled once, linked N times.
cat > "$work/hello.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello world") }
GO
export GOCACHE=${GOCACHE:-$work/gocache}
go tool compile -p main -o "$work/hello.a" "$work/hello.go"
gc_t=$(mean go tool link -o "$work/hello_gc" "$work/hello.a")
gc_s=$(stat -c %s "$work/hello_gc")
nfunc=$(go tool nm "$work/ours/bench" | grep -c ' [Tt] ' || true)
gc_nfunc=$(go tool nm "$work/hello_gc" | grep -c ' [Tt] ' || true)

printf '%-28s %10s %12s %8s\n' linker "time (s)" "size (B)" funcs
printf '%-28s %10.4f %12d %8d\n' "gocc link, $input" "$ours_t" "$ours_s" "$nfunc"
printf '%-28s %10.4f %12d %8d\n' "go tool link, fmt hello" "$gc_t" "$gc_s" "$gc_nfunc"

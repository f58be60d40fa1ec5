#!/bin/bash
# Build-time benchmark of the driver: hello world built by our gobuild
# next to `go build`, on a cold build cache (every package of the program,
# the runtime included, is compiled: a fresh $XDG_CACHE_HOME for ours, a
# fresh GOCACHE and -a for gc, whose std is otherwise installed
# precompiled in $GOROOT/pkg), on a warm one (main.go edited between builds, so
# only package main is compiled, then linked) and with nothing changed;
# then both binaries' sizes. Hello world prints with fmt.Println once
# std/fmt exists, with os.Stdout.WriteString (our std) before, and with
# println when neither does. It also checks with `gobuild -x` that a warm
# build runs one compile, one asm and the link, nothing else.
#
#   bench/gobuild_bench.sh [BUILD_DIR] [N]     (N warm builds, default 10)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
n=${2:-10}
gobuild=$build/bin/gobuild
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GO111MODULE=off GOFLAGS=

if [ -d "$root/std/fmt" ]; then
  what="fmt.Println"
  imp='import "fmt"'
  body='fmt.Println("hello, world")'
elif [ -d "$root/std/os" ]; then
  what="os.Stdout.WriteString"
  imp='import "os"'
  body='os.Stdout.WriteString("hello, world\n")'
else
  what="println"
  imp=''
  body='println("hello, world")'
fi
# hello N: the program, its text changed by N so that main is rebuilt.
hello() {
  printf 'package main\n\n%s\n\nfunc main() {\n\t%s\n\t_ = %d\n}\n' "$imp" "$body" "$1" >"$work/hello.go"
}

# Seconds taken by a command.
timed() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}

ours() { XDG_CACHE_HOME=$work/ours_cache "$gobuild" build -o "$work/ours" "$work/hello.go"; }
gc() { (cd "$work" && GOCACHE=$work/gc_cache go build "$@" -o "$work/gc" hello.go); }

hello 0
cold_ours=$(timed ours)
cold_gc=$(timed gc -a)
# Warm: the mean of N builds, each after an edit of main.go.
warm() {
  local total=0 t
  for i in $(seq "$n"); do
    hello "$i"
    t=$(timed "$1")
    total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
  done
  awk -v t="$total" -v n="$n" 'BEGIN { printf "%.3f", t / n }'
}
warm_ours=$(warm ours)
warm_gc=$(warm gc)
same_ours=$(timed ours)
same_gc=$(timed gc)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'; }
echo "gobuild vs go build: hello world with $what; warm = mean of $n builds after editing main.go"
printf '%-22s %10s %10s %8s\n' "" ours gc "ours/gc"
printf '%-22s %10s %10s %8s\n' "cold cache (s)" "$cold_ours" "$cold_gc" "$(ratio "$cold_ours" "$cold_gc")"
printf '%-22s %10s %10s %8s\n' "warm cache (s)" "$warm_ours" "$warm_gc" "$(ratio "$warm_ours" "$warm_gc")"
printf '%-22s %10s %10s %8s\n' "nothing changed (s)" "$same_ours" "$same_gc" "$(ratio "$same_ours" "$same_gc")"
size_ours=$(stat -c %s "$work/ours")
size_gc=$(stat -c %s "$work/gc")
printf '%-22s %10s %10s %8s\n' "binary size (B)" "$size_ours" "$size_gc" "$(ratio "$size_ours" "$size_gc")"

# A warm build compiles package main only: one compile, one asm, one link.
hello $((n + 1))
x=$(XDG_CACHE_HOME=$work/ours_cache "$gobuild" build -x -o "$work/ours" "$work/hello.go" 2>&1)
compiles=$(grep -c '/compile ' <<<"$x" || true)
asms=$(grep -c '/asm ' <<<"$x" || true)
links=$(grep -c '/link ' <<<"$x" || true)
echo "warm gobuild -x: $compiles compile, $asms asm, $links link"
if [ "$compiles" != 1 ] || [ "$links" != 1 ] || ! grep -q '/compile .* -p main ' <<<"$x"; then
  echo "gobuild_bench: a warm build should compile package main only and link" >&2
  exit 1
fi

#!/bin/bash
# Start-up benchmark: hello world built by our gobuild next to the same
# program built by gc (`go build`): mean wall time of N runs and the peak
# resident set size (GNU time's %M), one line per toolchain. Until the
# runtime's Go half is on (runtime/go_half.h), ours is the assembly hello
# world (testdata/run/hello_asm.s) and gc's the same file with a Go stub.
#
#   bench/startup_bench.sh [BUILD_DIR] [N]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
n=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GO111MODULE=off GOFLAGS=

if grep -q '^#define GOCC_GO_HALF' "$root/runtime/go_half.h"; then
  printf 'package main\n\nfunc main() {\n\tprintln("hello, world")\n}\n' >"$work/hello.go"
  "$build/bin/gobuild" build -o "$work/ours" "$work/hello.go"
  go build -o "$work/gc" "$work/hello.go"
  what="println hello world"
else
  "$build/bin/gobuild" build -o "$work/ours" "$root/testdata/run/hello_asm.s"
  mkdir "$work/gcsrc"
  cp "$root/testdata/run/hello_asm.s" "$work/gcsrc/main_amd64.s"
  printf 'package main\n\nfunc main()\n' >"$work/gcsrc/main.go"
  (cd "$work/gcsrc" && go build -o "$work/gc" .)
  what="assembly hello world (the runtime's Go half is not on yet)"
fi

# Mean seconds of N runs.
mean() {
  local start end
  start=$(date +%s.%N)
  for _ in $(seq "$n"); do "$1" >/dev/null 2>&1; done
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN { printf "%.6f", (e - s) / n }'
}

# Peak RSS in KiB, the largest of 5 runs.
rss() {
  local max=0 r
  for _ in 1 2 3 4 5; do
    r=$(/usr/bin/time -f %M "$1" 2>&1 >/dev/null | tail -1)
    [ "$r" -gt "$max" ] && max=$r
  done
  echo "$max"
}

echo "start-up of $what, $n runs"
printf '%-6s %12s %10s %10s\n' tool "mean_s" "rss_KiB" "size_B"
for t in ours gc; do
  printf '%-6s %12s %10s %10s\n' "$t" "$(mean "$work/$t")" "$(rss "$work/$t")" \
    "$(stat -c %s "$work/$t")"
done

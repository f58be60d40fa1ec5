#!/bin/sh
# Runs every Go file of the Go distribution's test tree (about 3000) through
# the front end alone (build/compile/compile_fuzz, the fuzz target's replay
# program: lexer, parser, type checker) and through the whole `compile -e`
# (imports accepted as opaque packages with -fakeimports), each with a
# 10-second timeout, and reports every crash (killed by a signal, or an exit
# status other than 0, 1 and 2) and every timeout. Tools must never crash
# or hang on any input; the exit status is 1 if one did.
# Usage: scripts/go_compile_all.sh [build-dir] [jobs]
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
jobs=${2:-2}
compile=$build/lib/gocc/pkg/tool/linux_amd64/compile
frontend=$build/compile/compile_fuzz
goroot=$(go env GOROOT)
out=$(mktemp -d)
find -L "$goroot/test" -name '*.go' | sort > "$out/files"
status=0
# $1: label; the command runs as: CMD FILE. Prints one summary line.
run() {
  label=$1
  shift
  tr '\n' '\0' < "$out/files" | xargs -0 -P "$jobs" -n 1 sh -c '
    timeout 10 "$@" >/dev/null 2>&1
    s=$?
    eval "f=\${$#}"
    echo "$s $f"' sh "$@" > "$out/results"
  total=$(wc -l < "$out/results")
  awk -v l="$label" '$1 == 124 { print l ": timeout: " $2 }
    $1 != 0 && $1 != 1 && $1 != 2 && $1 != 124 { print l ": crash (status " $1 "): " $2 }' \
    "$out/results"
  nt=$(awk '$1 == 124' "$out/results" | wc -l)
  nc=$(awk '$1 != 0 && $1 != 1 && $1 != 2 && $1 != 124' "$out/results" | wc -l)
  echo "$label: $total files, $nc crashes, $nt timeouts"
  [ "$nt" = 0 ] && [ "$nc" = 0 ] || status=1
}
run "front end" "$frontend"
run "compile -e" "$compile" -e -fakeimports -p main -o /dev/null
rm -rf "$out"
exit $status

#!/bin/sh
# Runs every Go file of the Go distribution's test tree through our
# `compile -e` (imports accepted as opaque packages with -fakeimports) with
# a 10-second timeout, and reports each crash (killed by a signal, or an
# exit status other than 0, 1 and 2) and each timeout. The front end must
# never crash or hang on any input; the exit status is 1 if one did.
# Usage: scripts/go_compile_all.sh [build-dir] [jobs]
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
jobs=${2:-2}
compile=$build/lib/gocc/pkg/tool/linux_amd64/compile
goroot=$(go env GOROOT)
out=$(mktemp -d)
find "$goroot/test" -name '*.go' | sort > "$out/files"
# One line per file: STATUS PATH.
xargs -P "$jobs" -I{} sh -c '
  timeout 10 "$1" -e -fakeimports -p main -o "$2/$$.s" "$3" >/dev/null 2>&1
  echo "$? $3"; rm -f "$2/$$.s"' sh "$compile" "$out" {} < "$out/files" > "$out/results"
total=$(wc -l < "$out/results")
timeouts=$(awk '$1 == 124' "$out/results")
crashes=$(awk '$1 != 0 && $1 != 1 && $1 != 2 && $1 != 124' "$out/results")
[ -n "$timeouts" ] && echo "$timeouts" | sed 's/^/timeout: /'
[ -n "$crashes" ] && echo "$crashes" | sed 's/^/crash (status): /'
nt=$(printf '%s' "$timeouts" | grep -c . || true)
nc=$(printf '%s' "$crashes" | grep -c . || true)
echo "$total files: $nc crashes, $nt timeouts"
rm -rf "$out"
[ "$nt" = 0 ] && [ "$nc" = 0 ]

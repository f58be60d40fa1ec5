#!/bin/sh
# Runs every .go file under the given directories (default: the Go
# distribution's test tree, about 3000 files) through the front end alone
# (build/compile/compile_fuzz, the fuzz target's replay program: lexer,
# parser, type checker) and through the whole `compile -e`, code generation
# included (imports accepted as opaque packages with -fakeimports; a file
# that needs one is only type-checked), each with a 10-second timeout
# (GOCC_COMPILE_TIMEOUT seconds if set), and
# reports every crash (killed by a signal, a sanitizer report, or an exit
# status other than 0, 1 and 2) and every timeout. Tools must never crash or
# hang on any input; the exit status is 1 if one did.
# Usage: scripts/go_compile_all.sh [build-dir] [jobs] [dir-or-file...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
jobs=${2:-2}
[ $# -ge 2 ] && shift 2 || shift $#
compile=$build/lib/gocc/pkg/tool/linux_amd64/compile
frontend=$build/compile/compile_fuzz
if [ $# -eq 0 ]; then set -- "$(go env GOROOT)/test"; fi
# Sanitizer reports (in sanitized builds) exit with 66, counted as crashes.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}:exitcode=66"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}:halt_on_error=1:exitcode=66"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
find -L "$@" -name '*.go' -type f | sort > "$out/files"
status=0
# $1: label; the command runs as: CMD FILE. Prints one summary line.
run() {
  label=$1
  shift
  tr '\n' '\0' < "$out/files" | xargs -0 -r -P "$jobs" -n 1 sh -c '
    timeout "${GOCC_COMPILE_TIMEOUT:-10}" "$@" >/dev/null 2>&1
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
exit $status

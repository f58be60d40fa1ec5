#!/bin/sh
# Runs the `// errorcheck` tests of the Go distribution through our compile
# and prints "N passed, M failed". Skips tests needing type parameters or
# several files. Usage: scripts/go_errorcheck.sh [build-dir] [-v]
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
compile=$build/lib/gocc/pkg/tool/linux_amd64/compile
goroot=$(go env GOROOT)
files=$(grep -l -E '^// errorcheck( |$)' "$goroot"/test/*.go "$goroot"/test/ken/*.go \
  "$goroot"/test/chan/*.go "$goroot"/test/interface/*.go "$goroot"/test/fixedbugs/*.go 2>/dev/null |
  xargs grep -L -E '\[[A-Z][A-Za-z0-9]* (any|comparable|interface)|// errorcheckdir|-lang=|-d=|-m|-live|-+spectre' || true)
exec python3 "$here/errorcheck.py" "$compile" $2 $files

#!/usr/bin/env bash
# Compares `compile -S` of NAME.go with the golden NAME.s (update.sh
# regenerates them).
#
# usage: compile/ssagen/testdata/codegen/check.sh COMPILE NAME.go
set -uo pipefail
compile=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$2")"
f=$(basename "$2")
diff -u "${f%.go}.s" <("$compile" -S -p codegen "$f") && echo PASS

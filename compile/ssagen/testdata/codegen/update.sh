#!/usr/bin/env bash
# Regenerates the golden `compile -S` listings (NAME.s) of the programs in
# this folder with the given compile. Run it only when a change to the code
# generator is intended, and review the diff.
#
# usage: compile/ssagen/testdata/codegen/update.sh COMPILE
set -euo pipefail
compile=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")"
for f in *.go; do
	"$compile" -S -p codegen "$f" >"${f%.go}.s"
	echo "updated ${f%.go}.s"
done

#!/usr/bin/env bash
# gobuild -x prints the stage commands; pasting them into a shell reproduces
# the build byte for byte; a second build with nothing changed hits the cache
# (runs no compile or asm); -a rebuilds.
# usage: gobuild_x.sh GOBUILD PROGRAM
set -euo pipefail
gobuild=$1
prog=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME=$tmp/cache
cd "$tmp"

"$gobuild" build -x -o out1 "$prog" 2>log1
grep -q '/asm ' log1 || { echo "FAIL: -x printed no asm command"; cat log1; exit 1; }
grep -q '/link ' log1 || { echo "FAIL: -x printed no link command"; cat log1; exit 1; }

# Paste the printed commands: they must rebuild the same binary.
mv out1 out1.orig
sh -e log1 >paste.log 2>&1 || { echo "FAIL: pasting the -x output failed"; cat log1 paste.log; exit 1; }
cmp out1 out1.orig || { echo "FAIL: pasted commands built a different binary"; exit 1; }

# Nothing changed: only the link runs.
"$gobuild" build -x -o out2 "$prog" 2>log2
if grep -q '/asm \|/compile ' log2; then echo "FAIL: second build did not hit the cache"; cat log2; exit 1; fi
cmp out1 out2 || { echo "FAIL: cached build differs"; exit 1; }

# -a forces the rebuild.
"$gobuild" build -a -x -o out3 "$prog" 2>log3
grep -q '/asm ' log3 || { echo "FAIL: -a did not rebuild"; cat log3; exit 1; }
cmp out1 out3 || { echo "FAIL: rebuilt binary differs"; exit 1; }
echo PASS

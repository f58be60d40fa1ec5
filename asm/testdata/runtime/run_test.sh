#!/bin/sh
# asm_go_runtime: Go 1.19's own runtime assembly, assembled by our asm and by
# `go tool asm` (with the gc-generated go_asm.h next to this script); every
# symbol's bytes and relocations must match (gc_compare.py).
# usage: run_test.sh OUR_ASM FILE.s...
set -e
asm=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
goroot=$(go env GOROOT)
fail=0
for f in "$@"; do
  echo "== $f"
  python3 "$here/../gc_compare.py" "$asm" "$goroot/src/runtime/$f" \
    -I "$here" -I "$goroot/src/runtime" -p runtime -- -compiling-runtime || fail=1
done
exit $fail

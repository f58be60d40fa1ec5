#!/bin/sh
# Builds the end-to-end test program from the plan9 sources in
# testdata/link/plan9 with our asm: assemble, pack the runtime part into
# runtime.a, link.
#   build_plan9_hello.sh LINK ASM SRCDIR OUTDIR [link flags...]
set -eu
link=$1 asm=$2 src=$3 out=$4
shift 4
inc=$(cd "$(dirname "$0")/../../asm/include" && pwd)
mkdir -p "$out"
for f in rt0_linux_amd64 asm_amd64 hello; do
  "$asm" -I "$inc" -o "$out/$f.o" "$src/$f.s"
done
rm -f "$out/runtime.a"
ar rcD "$out/runtime.a" "$out/rt0_linux_amd64.o" "$out/asm_amd64.o"
"$link" -o "$out/hello" "$@" "$out/hello.o" "$out/runtime.a"

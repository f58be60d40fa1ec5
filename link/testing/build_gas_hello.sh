#!/bin/sh
# Builds the end-to-end test program from the GNU as stand-ins in
# testdata/link/gas: assemble with a listing, add .go.funcinfo
# (gas_funcinfo), pack the runtime part into runtime.a, link.
#   build_gas_hello.sh LINK GAS_FUNCINFO SRCDIR OUTDIR [link flags...]
set -eu
link=$1 helper=$2 src=$3 out=$4
shift 4
mkdir -p "$out"
for f in rt0_linux_amd64 asm_amd64 hello; do
  as -al="$out/$f.lst" "$src/$f.s" -o "$out/$f.raw.o"
  "$helper" "$out/$f.raw.o" "$out/$f.lst" "$src/$f.s" "$out/$f.funcinfo"
  objcopy --add-section .go.funcinfo="$out/$f.funcinfo" \
    --set-section-flags .go.funcinfo=readonly "$out/$f.raw.o" "$out/$f.o"
done
rm -f "$out/runtime.a"
ar rcD "$out/runtime.a" "$out/rt0_linux_amd64.o" "$out/asm_amd64.o"
"$link" -o "$out/hello" "$@" "$out/hello.o" "$out/runtime.a"

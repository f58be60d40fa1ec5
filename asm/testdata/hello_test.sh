#!/bin/sh
# asm_hello: assemble hello.s with our asm, link it with GNU ld, run it.
# usage: hello_test.sh ASM SRCDIR WORKDIR
set -e
asm=$1 src=$(cd "$2" && pwd) work=$3
mkdir -p "$work"
"$asm" -o "$work/hello.o" "$src/hello.s"
ld -o "$work/hello" -e _start "$work/hello.o"
out=$("$work/hello")
if [ "$out" != "hello" ]; then
  echo "hello printed '$out', want 'hello'"
  exit 1
fi
# The object must be clean for binutils.
if readelf -aW "$work/hello.o" 2>&1 | grep -i 'warning\|error'; then exit 1; fi
if objdump -dr "$work/hello.o" 2>&1 | grep -i 'warning\|error\|(bad)'; then exit 1; fi
# CLI: no arguments -> usage, exit 2; the default output is file.o in the
# current directory; -D/-I parse in both spellings.
set +e
"$asm" 2>/dev/null; [ $? -eq 2 ] || { echo "no args: want exit 2"; exit 1; }
"$asm" -bogus x.s 2>/dev/null; [ $? -eq 2 ] || { echo "bad flag: want exit 2"; exit 1; }
set -e
(cd "$work" && rm -f hello.o && "$asm" -D=X=1 -I . "$src/hello.s" && test -f hello.o)
echo PASS

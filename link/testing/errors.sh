#!/bin/bash
# Link errors: exit status 2, a message naming the file and the symbol,
# and no output file.   errors.sh LINK DIR   (DIR from build_gas_hello.sh)
set -u
link=$1 dir=$2
fail() { echo "FAIL: $*"; exit 1; }
cd "$dir" || exit 1
expect() {  # expect REGEXP LINK-ARGS...
  local re=$1
  shift
  rm -f err.out
  "$link" -o err.out "$@" 2>err.log
  local st=$?
  cat err.log
  [ $st -eq 2 ] || fail "exit status $st, want 2 (for $*)"
  [ -e err.out ] && fail "output file left behind (for $*)"
  ls -a | grep -q '\.err\.out\.tmp' && fail "temporary file left behind"
  grep -Eq "$re" err.log || fail "message does not match '$re'"
}
# Undefined: runtime.unused calls runtime.notdefined; make it reachable.
expect 'asm_amd64.o\): runtime\.unused: relocation target runtime\.notdefined not defined' \
  -E runtime.unused hello.o runtime.a
# Missing main.main when the program's object is left out.
expect 'runtime\.rt0_go: relocation target main\.main not defined' runtime.a
# Duplicate definition.
expect 'duplicated definition of symbol main\.main, from .*hello\.o and .*hello\.o' hello.o hello.o runtime.a
# Corrupt and truncated inputs.
head -c 100 hello.o > trunc.o
expect 'trunc\.o: truncated section headers' trunc.o runtime.a
echo garbage > bad.o
expect 'bad\.o: not an ELF object file' bad.o runtime.a
head -c $(($(stat -c %s runtime.a) - 10)) runtime.a > trunc.a
expect 'trunc\.a: truncated archive member' hello.o trunc.a
expect 'cannot open file nonexistent\.o' nonexistent.o
expect 'flag provided but not defined: -bogus' -bogus hello.o
echo "ok: errors"

#!/bin/bash
# The linker's acceptance checks (link/README.md, "Tests"), each run by
# ctest on a linked program given as a parameter, so the same checks serve
# the GNU-as stand-in program, the plan9 program assembled by our asm and,
# later, hello world built by gobuild.
#
#   acceptance.sh CHECK BINARY MAIN_SOURCE_BASENAME [GO_VERSION]
#
# CHECK is one of: run readelf gdbfiles gdbentry gdbmain goversion nm
# addr2line objdump gosym. Each prints what it compared and exits non-zero
# on a mismatch.
set -u
check=$1 bin=$2 mainsrc=$3 version=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*"; exit 1; }
sym_addr() {  # address of an ELF symbol, as 0x...
  readelf -sW "$bin" | awk -v n="$1" '$8 == n { print "0x" $2; exit }' |
    sed 's/0x0*/0x/'
}
# go needs a build cache for `go run`; CI may have no HOME.
if [ -z "$(go env GOCACHE 2>/dev/null)" ]; then
  export GOCACHE=${TMPDIR:-/tmp}/gocc-gocache
fi
entry=$(readelf -hW "$bin" | awk '/Entry point/ { print $4 }')
gdb_run() {
  gdb -nx -batch -ex 'set debuginfod enabled off' -ex 'set auto-load safe-path /' "$@" "$bin" 2>&1
}

case $check in
run)
  out=$("$bin"); st=$?
  [ $st -eq 0 ] || fail "exit status $st"
  [ "$out" = hello ] || fail "output '$out', want 'hello'"
  ;;
readelf)
  r=$(readelf -SlW "$bin") || fail "readelf failed"
  echo "$r"
  got=$(echo "$r" | sed -n 's/^ *\[ *[0-9]*\] \([^ ]*\) .*/\1/p' | grep . | tr '\n' ' ')
  want_full=".text .rodata .shstrtab .typelink .itablink .gosymtab .gopclntab .go.buildinfo .noptrdata .data .bss .noptrbss .debug_abbrev .debug_line .debug_frame .debug_info .note.go.buildid .symtab .strtab "
  [ "$got" = "$want_full" ] || fail "sections '$got', want '$want_full'"
  ph=$(echo "$r" | awk '/^Program Headers/ { p = 1; next } p && /^  [A-Z]/ && !/Type/ { print $1 } /Section to Segment/ { p = 0 }' | tr '\n' ' ')
  want_ph="PHDR NOTE LOAD LOAD LOAD GNU_STACK LOOS+0x5041580 "
  [ "$ph" = "$want_ph" ] || fail "program headers '$ph', want '$want_ph'"
  flags=$(echo "$r" | awk '$1 == "LOAD" { f = ""; for (i = 7; i < NF; i++) f = f $i; print f }' | tr '\n' ' ')
  [ "$flags" = "RE R RW " ] || fail "LOAD flags '$flags', want 'RE R RW '"
  echo "$r" | grep -q '^  LOAD           0x000000 0x0000000000400000' || fail "first LOAD not at 0x400000"
  echo "$r" | grep -q '\[ 1\] .text *PROGBITS *0000000000401000 001000' || fail ".text not at 0x401000"
  e=$(sym_addr _rt0_amd64_linux)
  [ "$((entry))" = "$((e))" ] || fail "entry $entry != _rt0_amd64_linux $e"
  ;;
gdbfiles)
  out=$(gdb_run -ex 'info files')
  echo "$out"
  got=$(echo "$out" | sed -n 's/.* is \(\..*\)$/\1/p' | tr '\n' ' ')
  want=".text .rodata .typelink .itablink .gosymtab .gopclntab .go.buildinfo .noptrdata .data .bss .noptrbss .note.go.buildid "
  [ "$got" = "$want" ] || fail "gdb sections '$got', want '$want'"
  ;;
gdbentry)
  out=$(gdb_run -ex "break *$entry" -ex run)
  echo "$out"
  echo "$out" | grep -Eq '^Breakpoint 1, _rt0_amd64_linux \(\) at .*/rt0_linux_amd64\.s:[0-9]+$' ||
    fail "no stop at _rt0_amd64_linux () at .../rt0_linux_amd64.s:N"
  ;;
gdbmain)
  out=$(gdb_run -ex 'break main.main' -ex run -ex bt -ex 'info line' -ex list)
  echo "$out"
  re_src=$(echo "$mainsrc" | sed 's/\./\\./g')
  echo "$out" | grep -Eq "^#0  main\.main \(\) at .*/$re_src:[0-9]+$" || fail "bt has no main.main () at .../$mainsrc:N"
  echo "$out" | grep -Eq "^Line [0-9]+ of \".*/$re_src\" starts at address" || fail "info line"
  n=$(echo "$out" | grep -Ec '^[0-9]+	')
  [ "$n" -ge 3 ] || fail "list printed $n source lines"
  ;;
goversion)
  out=$(go version "$bin")
  echo "$out"
  [ "$out" = "$bin: $version" ] || fail "go version printed '$out', want '$bin: $version'"
  out=$(go version -m "$bin")
  echo "$out" | grep -q "	path	" || fail "go version -m has no path line"
  ;;
nm)
  out=$(go tool nm "$bin") || fail "go tool nm failed"
  echo "$out" | grep -E ' main\.main$'
  echo "$out" | grep -Eq '^ *[0-9a-f]+ T main\.main$' || fail "main.main is not T"
  ;;
addr2line)
  a=$(sym_addr main.main)
  out=$(echo "$a" | go tool addr2line "$bin")
  echo "$a -> $out"
  echo "$out" | head -1 | grep -qx main.main || fail "function is not main.main"
  echo "$out" | sed -n 2p | grep -Eq "/$mainsrc:[0-9]+$" || fail "no $mainsrc:LINE"
  ;;
objdump)
  out=$(go tool objdump -s '^main\.main$' "$bin") || fail "objdump failed"
  echo "$out"
  echo "$out" | grep -q '^TEXT main.main(SB) ' || fail "no TEXT main.main"
  n=$(echo "$out" | grep -Ec "^  $mainsrc:[0-9]+	")
  [ "$n" -ge 2 ] || fail "only $n instructions annotated with $mainsrc:LINE"
  ;;
gosym)
  cd "$here/../../testdata/link/gosymcheck" || exit 1
  go run main.go "$bin" main.main _rt0_amd64_linux || fail "gosymcheck"
  ;;
*)
  fail "unknown check $check"
  ;;
esac
echo "ok: $check"

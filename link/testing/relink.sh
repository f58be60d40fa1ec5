#!/bin/bash
# Flag and determinism checks on the objects build_gas_hello.sh left in DIR:
#   relink.sh LINK DIR
# - two links of the same inputs are byte-identical (and differ from a link
#   with another -buildid only in the note);
# - -buildid id is what `go tool buildid` reads back;
# - -w drops DWARF, -s drops DWARF and .symtab; both still run;
# - -v prints pass times and does not change the output.
set -u
link=$1 dir=$2
fail() { echo "FAIL: $*"; exit 1; }
cd "$dir" || exit 1
in="hello.o runtime.a"
"$link" -o again1 $in || fail "link 1"
"$link" -o again2 $in || fail "link 2"
cmp again1 again2 || fail "two links differ"
cmp again1 hello || fail "differs from the first link"
[ "$(stat -c %a again1)" = 755 ] || fail "mode is not 0755"
"$link" -o bid -buildid abc/def $in || fail "link -buildid"
[ "$(go tool buildid bid)" = abc/def ] || fail "buildid reads '$(go tool buildid bid)'"
[ -n "$(go tool buildid again1)" ] || fail "no default build id"
"$link" -o nodwarf -w $in || fail "link -w"
readelf -SW nodwarf | grep -q debug_ && fail "-w kept DWARF"
readelf -SW nodwarf | grep -q '\.symtab' || fail "-w dropped .symtab"
[ "$(./nodwarf)" = hello ] || fail "-w binary does not run"
"$link" -o stripped -s $in || fail "link -s"
readelf -SW stripped | grep -Eq 'debug_|\.symtab|\.strtab' && fail "-s kept DWARF or .symtab"
readelf -SW stripped | grep -q '\.gopclntab' || fail "-s dropped .gopclntab"
[ "$(./stripped)" = hello ] || fail "-s binary does not run"
go version stripped | grep -q 'go1' || fail "go version on -s binary"
"$link" -v -o verbose $in 2>verbose.log || fail "link -v"
grep -q 'deadcode' verbose.log || fail "-v printed no pass times"
cmp verbose again1 || fail "-v changed the output"
echo "ok: relink"

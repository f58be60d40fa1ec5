#!/usr/bin/env bash
# gobuild's failure behaviour: a stage error is printed under a `# package`
# header, gobuild exits 1, and no output file is left; `gobuild tool NAME`
# reaches each stage tool, which prints a usage.
# usage: gobuild_errors.sh GOBUILD
set -euo pipefail
gobuild=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME=$tmp/cache
cd "$tmp"

printf '#include "textflag.h"\nTEXT main\xc2\xb7main(SB),NOSPLIT,$0\n\tMOVX\tAX, BX\n\tRET\n' >bad.s
set +e
"$gobuild" build -o bad bad.s >out.txt 2>&1
status=$?
set -e
[ $status -eq 1 ] || { echo "FAIL: exit status $status, want 1"; cat out.txt; exit 1; }
head -1 out.txt | grep -qx '# command-line-arguments' || { echo "FAIL: no # header"; cat out.txt; exit 1; }
grep -q 'bad.s:3:.*MOVX' out.txt || { echo "FAIL: the asm error did not pass through"; cat out.txt; exit 1; }
[ ! -e bad ] || { echo "FAIL: output file left behind"; exit 1; }

# A failed link leaves what was at -o alone (an older binary, or /dev/null).
printf '#include "textflag.h"\nTEXT main\xc2\xb7main(SB),NOSPLIT,$0\n\tCALL nosuch(SB)\n\tRET\n' >undef.s
echo old >keep
set +e
"$gobuild" build -o keep undef.s >out.txt 2>&1
status=$?
set -e
[ $status -eq 1 ] || { echo "FAIL: link error: exit status $status, want 1"; cat out.txt; exit 1; }
grep -q 'nosuch' out.txt || { echo "FAIL: the link error did not pass through"; cat out.txt; exit 1; }
[ "$(cat keep)" = old ] || { echo "FAIL: a failed link removed or changed the -o file"; exit 1; }

for t in compile asm link; do
	set +e
	"$gobuild" tool $t >t.txt 2>&1
	status=$?
	set -e
	[ $status -ne 0 ] || { echo "FAIL: tool $t without arguments exited 0"; exit 1; }
	grep -qi 'usage' t.txt || { echo "FAIL: tool $t printed no usage"; cat t.txt; exit 1; }
done

set +e
"$gobuild" tool nosuch >t.txt 2>&1
status=$?
set -e
[ $status -eq 2 ] && grep -q 'no such tool "nosuch"' t.txt || { echo "FAIL: unknown tool"; cat t.txt; exit 1; }
# Writing to a device (-o /dev/null) writes in place and never replaces it.
tooldir=$(dirname "$(readlink -f "$gobuild")")/../lib/gocc/pkg/tool/linux_amd64
printf '#include "textflag.h"\nTEXT f(SB),NOSPLIT,$0\n\tRET\n' >ok.s
"$tooldir/asm" -o /dev/null ok.s
"$tooldir/asm" -o ok.o ok.s
"$tooldir/link" -E f -o /dev/null ok.o || true
[ -c /dev/null ] || { echo "FAIL: /dev/null is no longer a device"; exit 1; }
echo PASS

#!/usr/bin/env bash
# Assembles every runtime/*.s with our asm and with gc's (`go tool asm`),
# with and without -D GOCC_GO_HALF, and compares the machine code of each
# function as both -S listings print it. The only difference allowed is
# the g slot's displacement: gc leaves 0 for the linker's TLS relocation,
# ours writes the final -8 (runtime/README.md).
# usage: asm_compare.sh ASM RUNTIME_DIR
set -euo pipefail
asm=$1
rt=$2
tmp=$(mktemp -d /tmp/gocc-asmcmp-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
goinc=$(go env GOROOT)/pkg/include
# The code bytes of a -S listing, one function per line: "name: hex...".
bytes_of() {
	awk '/^[^ \t]/ { if (name) print name ": " code; name = ($2 == "STEXT") ? $1 : ""; code = ""; next }
	     name && /^\t0x[0-9a-f]+ [0-9a-f][0-9a-f] / {
	       for (i = 2; i <= NF && $i ~ /^[0-9a-f][0-9a-f]$/; i++) code = code $i
	     }
	     END { if (name) print name ": " code }'
}
status=0
for f in "$rt"/*.s; do
	for def in "" "-D GOCC_GO_HALF"; do
		# shellcheck disable=SC2086
		go tool asm $def -S -I "$goinc" -p runtime -o "$tmp/gc.o" "$f" 2>&1 | bytes_of >"$tmp/gc"
		# shellcheck disable=SC2086
		"$asm" $def -S -I "$rt" -p runtime -o "$tmp/ours.o" "$f" 2>&1 | bytes_of >"$tmp/ours"
		# FS-relative g slot: 64 ?? ?? ?? 25 then the disp32.
		sed -E 's/(64(4[0-9a-f])?8b[0-9a-f]{2}25|6448(89|c7)[0-9a-f]{2}25)f8ffffff/\100000000/g' "$tmp/ours" >"$tmp/ours.n"
		if [ ! -s "$tmp/gc" ]; then
			echo "FAIL: gc's asm listed no code for $(basename "$f") $def"
			status=1
		elif ! diff "$tmp/gc" "$tmp/ours.n" >"$tmp/diff"; then
			echo "FAIL: $(basename "$f") $def: machine code differs from gc's"
			cat "$tmp/diff"
			status=1
		fi
	done
done
[ $status = 0 ] && echo PASS
exit $status

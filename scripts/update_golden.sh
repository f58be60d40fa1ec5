#!/usr/bin/env bash
# Regenerates the expected outputs of testdata/ with the real gc toolchain
# (Debian's golang-go), never by hand. For NAME.go it runs `go run NAME.go`;
# for a program written in assembly (NAME.s) it builds the file together
# with a Go stub that declares `func main()`, so gc's own assembler and
# linker produce the reference. Writes NAME.out (stdout) and, when the
# program writes to stderr, NAME.err. The program is built from a copy named
# NAME.go, and its traceback lines are written in the harness's normalised
# form (testdata/harness/traceback.h): "\t$DIR/NAME.go:LINE" without the
# temporary directory and the +0x offset ("\t$RUNTIME/NAME.go" for the
# runtime's files), "pc=PC" in signal lines, so that
# regenerating gives the same text.
#
# usage: scripts/update_golden.sh [testdata/run/NAME.go ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "update_golden.sh: needs go (apt-get install golang-go)" >&2; exit 2; }
export GOOS=linux GOARCH=amd64 GOFLAGS= GO111MODULE=off
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
	files=(testdata/run/*.go testdata/run/*.s testdata/harness_selftest/*.go testdata/harness_selftest/*.s)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
	[ -e "$f" ] || continue
	head -1 "$f" | grep -q '^// run' || continue
	# harness_selftest files keep their deliberately wrong .out.
	case "$f" in testdata/harness_selftest/*) continue ;; esac
	stem=${f%.*}
	rm -rf "$tmp/p" && mkdir -p "$tmp/p"
	case "$f" in
	*.go) cp "$f" "$tmp/p/$(basename "$f")" ;;
	*.s)
		cp "$f" "$tmp/p/$(basename "$f")"
		printf 'package main\n\nfunc main()\n' >"$tmp/p/main.go"
		;;
	esac
	(cd "$tmp/p" && go build -o prog . ) || { echo "gc could not build $f" >&2; exit 1; }
	set +e
	(cd "$(dirname "$f")" && "$tmp/p/prog") >"$stem.out" 2>"$tmp/err"
	status=$?
	set -e
	want=0
	if grep -q '^// exitcode ' "$f"; then want=$(sed -n 's|^// exitcode \([0-9]*\).*|\1|p' "$f" | head -1); fi
	if [ "$status" != "$want" ]; then
		echo "$f: gc's program exited $status, the file says $want (// exitcode N)" >&2
		exit 1
	fi
	if [ -s "$tmp/err" ]; then
		sed -e 's#^\t\S*/src/runtime/\([^/[:space:]]\+\):[0-9]\+\( +0x[0-9a-f]\+\)\?$#\t$RUNTIME/\1#' \
			-e 's#^\t\S*/\([^/[:space:]]\+\):\([0-9]\+\)\( +0x[0-9a-f]\+\)\?$#\t$DIR/\1:\2#' \
			-e 's#^\(\[signal .* pc=\)0x[0-9a-f]\+\]$#\1PC]#' "$tmp/err" >"$stem.err"
	else
		rm -f "$stem.err"
	fi
	echo "updated $stem.out"
done

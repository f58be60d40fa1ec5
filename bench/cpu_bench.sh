#!/usr/bin/env bash
# CPU benchmarks (bench/cpu/*.go): builds each program with our toolchain
# and with gc, checks that both print the same thing, and prints the best
# of 3 run times and the ratio ours/gc.
#
# usage: bench/cpu_bench.sh [build-dir] [--oracle]
#   --oracle  run our compiled code on gc's runtime (compile/ssagen/
#             gc_oracle.sh) instead of building with gobuild and our runtime.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$here/../build
oracle=0
for a in "$@"; do
	case "$a" in
	--oracle) oracle=1 ;;
	*) build=$a ;;
	esac
done
build=$(cd "$build" && pwd)
compile=$build/lib/gocc/pkg/tool/linux_amd64/compile
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
best() {  # best wall time of 3 runs of "$@"
	local b=""
	for _ in 1 2 3; do
		local s e t
		s=$(date +%s.%N)
		"$@" >/dev/null 2>&1
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc)
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
	done
	echo "$b"
}
for f in "$here"/cpu/*.go; do
	n=$(basename "$f" .go)
	mkdir -p "$tmp/gc/$n"
	cp "$f" "$tmp/gc/$n/main.go"
	(cd "$tmp/gc/$n" && GO111MODULE=off GOFLAGS= go build -o prog . )
	if [ $oracle = 1 ]; then
		GOCC_ORACLE_OUT="$tmp/$n.ours" "$here/../compile/ssagen/gc_oracle.sh" "$compile" "$f"
		ours=("$tmp/$n.ours")
	else
		"$build/bin/gobuild" build -o "$tmp/$n.ours" "$f"
		ours=("$tmp/$n.ours")
	fi
	want=$("$tmp/gc/$n/prog" 2>&1)
	got=$("${ours[@]}" 2>&1 || true)
	status=ok
	[ "$want" = "$got" ] || status="OUTPUT DIFFERS"
	a=$(best "${ours[@]}")
	b=$(best "$tmp/gc/$n/prog")
	printf '%-14s ours %7s s   gc %7s s   ratio %5s   %s\n' "$n" "$a" "$b" \
		"$(echo "scale=2; $a / $b" | bc)" "$status"
done

#!/usr/bin/env bash
# The shared runner of the per-folder program benchmarks (map_bench.sh,
# iface_bench.sh, fmt_bench.sh): builds each bench/FOLDER/*.go with
# gobuild and with gc, checks that both print the same thing, and prints
# the best of 3 CPU times (user+sys, so a loaded machine disturbs less)
# and the ratio ours/gc.
#
# usage: bench/programs_bench.sh FOLDER [build-dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
folder=$1
build=$(cd "${2:-$here/../build}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
best() {  # best CPU time (user+sys, seconds) of 3 runs of "$@"
	local b=""
	for _ in 1 2 3; do
		local t
		/usr/bin/time -o "$tmp/time" -f '%U %S' "$@" >/dev/null 2>&1
		t=$(awk '{print $1 + $2}' "$tmp/time")
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
	done
	echo "$b"
}
for f in "$here/$folder"/*.go; do
	n=$(basename "$f" .go)
	mkdir -p "$tmp/gc/$n"
	cp "$f" "$tmp/gc/$n/main.go"
	(cd "$tmp/gc/$n" && GO111MODULE=off GOFLAGS= go build -o prog . )
	"$build/bin/gobuild" build -o "$tmp/$n.ours" "$f"
	want=$("$tmp/gc/$n/prog" 2>&1)
	got=$("$tmp/$n.ours" 2>&1 || true)
	status=ok
	[ "$want" = "$got" ] || status="OUTPUT DIFFERS"
	a=$(best "$tmp/$n.ours")
	b=$(best "$tmp/gc/$n/prog")
	printf '%s %-15s ours %6s s   gc %6s s   ratio %5s   %s\n' "$folder" "$n" "$a" "$b" \
		"$(echo "scale=2; $a / $b" | bc)" "$status"
done

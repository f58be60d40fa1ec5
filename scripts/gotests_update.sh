#!/usr/bin/env bash
# Runs Go's run tests (../shared/conformance/gotests.list) through gobuild
# and rewrites testdata/gotests_passing.list: the tests passing before, plus
# every test that passes now. A test once listed stays listed, so ctest
# gotests/no_regressions keeps it passing. Usage: scripts/gotests_update.sh [build]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
# The list sits beside the main checkout (../shared); from a git worktree
# elsewhere, find it through the main checkout.
list=${GOTESTS_LIST:-../shared/conformance/gotests.list}
[ -f "$list" ] || list=$(cd "$(git rev-parse --git-common-dir)/.." && pwd)/../shared/conformance/gotests.list
out=testdata/gotests_passing.list
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.fail" "$tmp.all"' EXIT
"$build/testdata/harness" gotests --gobuild "$build/bin/gobuild" --list "$list" > "$tmp" || true
tail -n 1 "$tmp"
# Failure lines read "reason (N): name name ..."; everything else passed.
sed -n 's/^[^(]*([0-9]*): //p' "$tmp" | tr ' ' '\n' | grep . | sort -u > "$tmp.fail" || true
grep -v '^#' "$list" | grep . | sort -u > "$tmp.all"
{
  sed -n '/^#/p' "$out"
  { comm -23 "$tmp.all" "$tmp.fail"; grep -v '^#' "$out"; } | sort -u
} > "$tmp.new"
mv "$tmp.new" "$out"
echo "$(grep -vc '^#' "$out") tests in $out"

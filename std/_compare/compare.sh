#!/bin/sh
# Checks our std packages against gc's: copies std/<pkg> (and the std
# packages it imports) into a temporary Go module as stdcheck/<pkg>, then
# builds and runs the comparison program <name>_compare.go with gc. Each
# program calls our package and the real one on edge cases and random
# inputs and exits non-zero on the first mismatch.
#
#   std/_compare/compare.sh utf8 strings ...   (names of *_compare.go files)
#   std/_compare/compare.sh                    (all of them)
#
# reflect reads our compiler's type descriptors through our runtime, so
# the copies use gc's reflect instead of ours (same API).
set -e
here=$(cd "$(dirname "$0")" && pwd)
std=$(dirname "$here")
tmp=$(mktemp -d /tmp/stdcheck.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cd "$std"
for d in $(find . -name '*.go' -not -path './_compare/*' | xargs -n1 dirname | sort -u); do
  p=${d#./}
  case "$p" in reflect) continue ;; esac
  mkdir -p "$tmp/stdcheck/$p"
  for f in "$d"/*.go "$d"/*.s; do
    [ -e "$f" ] || continue
    case "$f" in *_test.go) continue ;; esac
    cp "$f" "$tmp/stdcheck/$p/"
  done
done
# Rewrite imports of packages we hold to stdcheck/..., except those built
# on our runtime's internals (reflect, os and what they stand on): the
# copies use gc's.
pkgs=$(cd "$tmp/stdcheck" && find . -name '*.go' | xargs -n1 dirname | sort -u | sed 's#^\./##')
for p in $pkgs; do
  case $p in reflect|os|syscall) continue ;; esac
  find "$tmp/stdcheck" -name '*.go' -exec sed -i "s#\"$p\"#\"stdcheck/$p\"#" {} +
done
cd "$tmp/stdcheck" && printf 'module stdcheck\n\ngo 1.19\n' > go.mod
names=$*
[ -n "$names" ] || names=$(cd "$here" && ls *_compare.go | sed 's/_compare.go$//')
status=0
for n in $names; do
  mkdir -p "cmd_$n"
  cp "$here/${n}_compare.go" "cmd_$n/main.go"
  if go run "./cmd_$n"; then echo "ok   $n"; else echo "FAIL $n"; status=1; fi
done
exit $status

#!/bin/sh
# End-to-end export data test: each directory CASE/ holds packages a.go,
# b.go, ... compiled in name order, each importing the earlier ones through
# -importcfg and -export files. The last package's diagnostics must equal
# CASE.err, which `run.sh --update CASE...` writes from gc (go tool compile),
# the oracle. Usage: run.sh COMPILE CASE_DIR...
set -u
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
compile=""
[ $update = 0 ] && { compile=$1; shift; }
status=0
for dir in "$@"; do
  dir=${dir%/}
  case_name=$(basename "$dir")
  tmp=$(mktemp -d)
  cfg=$tmp/importcfg
  : > "$cfg"
  files=$(cd "$dir" && ls *.go | sort)
  last=$(echo "$files" | tail -n 1)
  for f in $files; do
    pkg=${f%.go}
    eflag=""; [ "$f" = "$last" ] && eflag=-e
    if [ $update = 1 ]; then
      (cd "$dir" && go tool compile $eflag -p "$pkg" -importcfg "$cfg" -o "$tmp/$pkg.o" "$f") \
        > "$tmp/$pkg.out" 2>&1
      echo "packagefile $pkg=$tmp/$pkg.o" >> "$cfg"
    else
      (cd "$dir" && "$compile" $eflag -p "$pkg" -importcfg "$cfg" -export "$tmp/$pkg.exp" \
        -o "$tmp/$pkg.s" "$f") > "$tmp/$pkg.out" 2>&1
      echo "packagefile $pkg=$tmp/$pkg.exp" >> "$cfg"
    fi
    if [ "$f" != "$last" ]; then
      if [ $update = 0 ] && [ ! -s "$tmp/$pkg.exp" ]; then
        echo "FAIL $case_name: $f did not type-check:"; cat "$tmp/$pkg.out"; status=1
      fi
      continue
    fi
    # Only diagnostics (file:line:col: lines and their continuations).
    grep -E '^[^ :]+\.go:[0-9]+:[0-9]+: |^	' "$tmp/$pkg.out" > "$tmp/got.err"
    if [ $update = 1 ]; then
      cp "$tmp/got.err" "$dir.err"
      echo "updated $dir.err"
    elif ! diff -u "$dir.err" "$tmp/got.err"; then
      echo "FAIL $case_name"; status=1
    else
      echo "ok   $case_name"
    fi
  done
  rm -rf "$tmp"
done
exit $status

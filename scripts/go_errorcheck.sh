#!/bin/sh
# Runs the `// errorcheck` tests of the Go distribution through our compile
# with the project's errorcheck rules (build-dir/testdata/harness, the same
# runner as `ctest -R errorcheck/`) and prints "N passed, M failed". The
# harness builds with `gobuild build -gcflags=-e`; here a stand-in for
# gobuild compiles the one file directly with `compile -e -fakeimports`
# (the tests import std packages we do not have yet), with a 10 s timeout.
# Skips tests needing type parameters, several files or gc-only flags.
# Usage: scripts/go_errorcheck.sh [build-dir] [-v]   (-v: print each failure)
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
verbose=${2:-}
compile=$build/lib/gocc/pkg/tool/linux_amd64/compile
harness=$build/testdata/harness
goroot=$(go env GOROOT)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# gobuild stand-in: `build -gcflags=-e -o OUT FILE`.
cat > "$tmp/gobuild" <<EOS
#!/bin/sh
for a; do f=\$a; done
exec timeout 10 "$compile" -e -fakeimports -p main -o "$tmp/out.s" "\$f"
EOS
chmod +x "$tmp/gobuild"
files=$(grep -l -E '^// errorcheck( |$)' "$goroot"/test/*.go "$goroot"/test/ken/*.go \
  "$goroot"/test/chan/*.go "$goroot"/test/interface/*.go "$goroot"/test/fixedbugs/*.go 2>/dev/null |
  xargs grep -L -E '\[[A-Z][A-Za-z0-9]* (any|comparable|interface)|// errorcheckdir|-lang=|-d=|-m|-live|-+spectre' || true)
passed=0
failed=0
for f in $files; do
  if "$harness" --gobuild "$tmp/gobuild" "$f" > "$tmp/log" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    if [ "$verbose" = -v ]; then
      echo "FAIL $f"
      grep -v '^ *$' "$tmp/log" | grep -v '^  *[^ ]*gobuild ' | head -n 8 | sed 's/^/    /'
    fi
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

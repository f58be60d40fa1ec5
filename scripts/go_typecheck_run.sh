#!/bin/sh
# Type-checks every `// run` test of /work/shared/conformance/gotests.list
# (valid Go programs) with the front end alone (build/compile/compile_fuzz
# -diag: lexer, parser, checker; imports are opaque packages) and prints the
# diagnostics of any that fail and "N type-check, M fail".
# Usage: scripts/go_typecheck_run.sh [build-dir] [list]
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
list=${2:-$here/../../shared/conformance/gotests.list}
goroot=$(go env GOROOT)
ok=0
bad=0
for name in $(grep -v '^#' "$list"); do
  if timeout 10 "$build/compile/compile_fuzz" -diag "$goroot/test/$name" > /dev/null 2> /tmp/typecheck.$$; then
    ok=$((ok + 1))
  else
    bad=$((bad + 1))
    echo "FAIL $name"
    head -n 5 /tmp/typecheck.$$ | sed 's/^/    /'
  fi
done
rm -f /tmp/typecheck.$$
echo "$ok type-check, $bad fail"
[ "$bad" = 0 ]

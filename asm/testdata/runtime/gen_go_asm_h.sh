#!/bin/sh
# Regenerates go_asm.h: the runtime's struct offsets and constants as gc's
# compiler writes them (compile -asmhdr) for Go's own runtime/*.s files,
# which the asm_go_runtime test assembles with our asm and with gc's.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(go build -a -work runtime 2>&1 | sed -n 's/^WORK=//p')
for d in "$work"/b*; do
  if grep -q g_stackguard0 "$d/go_asm.h" 2>/dev/null; then
    cp "$d/go_asm.h" "$here/go_asm.h"
    rm -rf "$work"
    exit 0
  fi
done
echo "runtime go_asm.h not found in $work" >&2
exit 1

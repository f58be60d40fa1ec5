#!/usr/bin/env bash
# Quick-start command 1: on a fresh Debian 12 machine, install what is
# missing, build the toolchain into build/, then build and run a program
# with gobuild.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
# shellcheck disable=SC2086
install_missing $GOCC_BUILD_PACKAGES
configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Until the compiler's back end and the runtime's Go half land, the nearest
# end-to-end program is one written in plan9 assembly; it goes through
# gobuild, asm, link and the runtime's start-up code.
build/bin/gobuild run testdata/run/hello_asm.s

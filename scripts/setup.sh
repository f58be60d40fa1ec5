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
# Hello world with fmt, through gobuild, compile, asm, link, our runtime
# and std.
build/bin/gobuild run testdata/run/hello_fmt.go

#!/usr/bin/env bash
# Quick-start command 2: the whole test suite. Installs what is missing
# (build and test packages), builds the tools with AddressSanitizer and UBSan
# and runs the unit, fuzz-replay and end-to-end tests against them, then
# builds the normal tools with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
# shellcheck disable=SC2086
install_missing $GOCC_BUILD_PACKAGES $GOCC_TEST_PACKAGES
configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DGOCC_WERROR=ON -DGOCC_SANITIZE=ON
# Under the sanitizers: unit tests, fuzz-corpus replays and the end-to-end
# tests of our tools; the suites that mostly run gc as their oracle run in
# the normal build only.
ASAN_OPTIONS=detect_leaks=0 ctest --test-dir build-asan -LE slow --output-on-failure -j2 \
	-E '^(ssagen/|ssa/E2E|runtime/|link/gas/|link/plan9/)'


configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOCC_WERROR=ON
ctest --test-dir build --output-on-failure -j2

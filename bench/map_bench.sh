#!/usr/bin/env bash
# Map benchmarks (bench/map/*.go: insert, lookup, iterate): builds each
# program with gobuild (our compile, asm, link and runtime/map.go) and
# with gc, checks that both print the same thing, and prints the best of
# 3 CPU times (user+sys, so a loaded machine disturbs less) and the ratio
# ours/gc.
#
# usage: bench/map_bench.sh [build-dir]
exec "$(dirname "$0")/programs_bench.sh" map "$@"

#!/usr/bin/env bash
# fmt and strconv throughput (bench/fmt/*.go: Sprintf of integers, floats,
# strings and structs; strconv's Itoa, FormatFloat and ParseFloat): builds
# each program with gobuild (our compile, asm, link, runtime and std) and
# with gc, checks that both print the same thing, and prints the best of
# 3 CPU times (user+sys, so a loaded machine disturbs less) and the ratio
# ours/gc.
#
# usage: bench/fmt_bench.sh [build-dir]
exec "$(dirname "$0")/programs_bench.sh" fmt "$@"

#!/usr/bin/env bash
# Interface benchmarks (bench/iface/*.go): monomorphic and polymorphic
# method calls through interfaces, type switches, type assertions and
# conversions to interface{}. Builds each program with gobuild (our
# compile, asm, link and runtime/iface.go) and with gc, checks that both
# print the same thing, and prints the best of 3 CPU times (user+sys, so a
# loaded machine disturbs less) and the ratio ours/gc.
#
# usage: bench/iface_bench.sh [build-dir]
exec "$(dirname "$0")/programs_bench.sh" iface "$@"

#!/usr/bin/env bash
# Runs a Go program compiled by OUR compile on gc's runtime: our assembly is
# assembled and linked by `go build` together with a Go stub whose main
# calls our main.init and main.main, and which gives every runtime function
# our code calls an ABI0 entry point (gc's runtime has register-ABI
# versions only). A test oracle for the back end while our own runtime is
# being written: GC is off and the goroutine stack is pre-grown, since our
# frames have no stack maps yet.
#
# usage: compile/ssagen/gc_oracle.sh COMPILE file.go [compile flags...]
# Prints the program's stdout/stderr and exits with its status.
set -euo pipefail
compile=$1
src=$2
shift 2
tmp=$(mktemp -d /tmp/gocc-oracle-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
"$compile" -o "$tmp/prog.s" -p main "$@" "$src" || exit 3
funcs="printlock printunlock printstring printint printuint printfloat printbool printpointer
printslice printnl printsp printhex newobject makeslice growslice concatstring2 concatstrings
cmpstring slicebytetostring slicerunetostring stringtoslicebyte stringtoslicerune intstring
decoderune memequal memmove memclrNoHeapPointers gopanic panicdivide panicshift panicIndex
panicIndexU panicSliceAlen panicSliceAlenU panicSliceAcap panicSliceAcapU panicSliceB
panicSliceBU panicSlice3Alen panicSlice3AlenU panicSlice3Acap panicSlice3AcapU panicSlice3B
panicSlice3BU panicSlice3C panicSlice3CU"
sedargs=(-e 's/^TEXT main·main(SB)/TEXT main·gocc_main(SB)/' -e 's/^TEXT main·init(SB)/TEXT main·gocc_init(SB)/')
for f in $funcs; do sedargs+=(-e "s/runtime·$f(SB)/main·gocc_$f(SB)/g"); done
sed "${sedargs[@]}" "$tmp/prog.s" >"$tmp/prog_amd64.s"
rm "$tmp/prog.s"
cat >"$tmp/stub.go" <<'GO'
package main

import (
	"runtime/debug"
	"unsafe"
)

type slice struct {
	p        unsafe.Pointer
	len, cap int
}

func gocc_main()
func gocc_init()

//go:noinline
func growStack(n int) int {
	var buf [1024]byte
	if n == 0 {
		return int(buf[0])
	}
	return growStack(n-1) + int(buf[n%128])
}

func main() {
	debug.SetGCPercent(-1)
	growStack(60000)
	gocc_init()
	gocc_main()
}

//go:linkname rt_printlock runtime.printlock
func rt_printlock()
//go:linkname rt_printunlock runtime.printunlock
func rt_printunlock()
//go:linkname rt_printstring runtime.printstring
func rt_printstring(string)
//go:linkname rt_printint runtime.printint
func rt_printint(int64)
//go:linkname rt_printuint runtime.printuint
func rt_printuint(uint64)
//go:linkname rt_printhex runtime.printhex
func rt_printhex(uint64)
//go:linkname rt_printfloat runtime.printfloat
func rt_printfloat(float64)
//go:linkname rt_printbool runtime.printbool
func rt_printbool(bool)
//go:linkname rt_printpointer runtime.printpointer
func rt_printpointer(unsafe.Pointer)
//go:linkname rt_printslice runtime.printslice
func rt_printslice([]byte)
//go:linkname rt_printnl runtime.printnl
func rt_printnl()
//go:linkname rt_printsp runtime.printsp
func rt_printsp()
//go:linkname rt_newobject runtime.newobject
func rt_newobject(*byte) *byte
//go:linkname rt_makeslice runtime.makeslice
func rt_makeslice(unsafe.Pointer, int, int) unsafe.Pointer
//go:linkname rt_growslice runtime.growslice
func rt_growslice(unsafe.Pointer, slice, int) slice
//go:linkname rt_concatstring2 runtime.concatstring2
func rt_concatstring2(unsafe.Pointer, string, string) string
//go:linkname rt_concatstrings runtime.concatstrings
func rt_concatstrings(unsafe.Pointer, []string) string
//go:linkname rt_cmpstring runtime.cmpstring
func rt_cmpstring(string, string) int
//go:linkname rt_slicebytetostring runtime.slicebytetostring
func rt_slicebytetostring(unsafe.Pointer, *byte, int) string
//go:linkname rt_slicerunetostring runtime.slicerunetostring
func rt_slicerunetostring(unsafe.Pointer, []rune) string
//go:linkname rt_stringtoslicebyte runtime.stringtoslicebyte
func rt_stringtoslicebyte(unsafe.Pointer, string) []byte
//go:linkname rt_stringtoslicerune runtime.stringtoslicerune
func rt_stringtoslicerune(unsafe.Pointer, string) []rune
//go:linkname rt_intstring runtime.intstring
func rt_intstring(unsafe.Pointer, int64) string
//go:linkname rt_decoderune runtime.decoderune
func rt_decoderune(string, int) (rune, int)
//go:linkname rt_memequal runtime.memequal
func rt_memequal(unsafe.Pointer, unsafe.Pointer, uintptr) bool
//go:linkname rt_memmove runtime.memmove
func rt_memmove(unsafe.Pointer, unsafe.Pointer, uintptr)
//go:linkname rt_memclrNoHeapPointers runtime.memclrNoHeapPointers
func rt_memclrNoHeapPointers(unsafe.Pointer, uintptr)
//go:linkname rt_gopanic runtime.gopanic
func rt_gopanic(any)
//go:linkname rt_panicdivide runtime.panicdivide
func rt_panicdivide()
//go:linkname rt_panicshift runtime.panicshift
func rt_panicshift()
//go:linkname rt_goPanicIndex runtime.goPanicIndex
func rt_goPanicIndex(int, int)
//go:linkname rt_goPanicIndexU runtime.goPanicIndexU
func rt_goPanicIndexU(uint, int)
//go:linkname rt_goPanicSliceAlen runtime.goPanicSliceAlen
func rt_goPanicSliceAlen(int, int)
//go:linkname rt_goPanicSliceAlenU runtime.goPanicSliceAlenU
func rt_goPanicSliceAlenU(uint, int)
//go:linkname rt_goPanicSliceAcap runtime.goPanicSliceAcap
func rt_goPanicSliceAcap(int, int)
//go:linkname rt_goPanicSliceAcapU runtime.goPanicSliceAcapU
func rt_goPanicSliceAcapU(uint, int)
//go:linkname rt_goPanicSliceB runtime.goPanicSliceB
func rt_goPanicSliceB(int, int)
//go:linkname rt_goPanicSliceBU runtime.goPanicSliceBU
func rt_goPanicSliceBU(uint, int)
//go:linkname rt_goPanicSlice3Alen runtime.goPanicSlice3Alen
func rt_goPanicSlice3Alen(int, int)
//go:linkname rt_goPanicSlice3AlenU runtime.goPanicSlice3AlenU
func rt_goPanicSlice3AlenU(uint, int)
//go:linkname rt_goPanicSlice3Acap runtime.goPanicSlice3Acap
func rt_goPanicSlice3Acap(int, int)
//go:linkname rt_goPanicSlice3AcapU runtime.goPanicSlice3AcapU
func rt_goPanicSlice3AcapU(uint, int)
//go:linkname rt_goPanicSlice3B runtime.goPanicSlice3B
func rt_goPanicSlice3B(int, int)
//go:linkname rt_goPanicSlice3BU runtime.goPanicSlice3BU
func rt_goPanicSlice3BU(uint, int)
//go:linkname rt_goPanicSlice3C runtime.goPanicSlice3C
func rt_goPanicSlice3C(int, int)
//go:linkname rt_goPanicSlice3CU runtime.goPanicSlice3CU
func rt_goPanicSlice3CU(uint, int)

func gocc_printlock()                    { rt_printlock() }
func gocc_printunlock()                  { rt_printunlock() }
func gocc_printstring(s string)          { rt_printstring(s) }
func gocc_printint(v int64)              { rt_printint(v) }
func gocc_printuint(v uint64)            { rt_printuint(v) }
func gocc_printhex(v uint64)             { rt_printhex(v) }
func gocc_printfloat(v float64)          { rt_printfloat(v) }
func gocc_printbool(v bool)              { rt_printbool(v) }
func gocc_printpointer(p unsafe.Pointer) { rt_printpointer(p) }
func gocc_printslice(s []byte)           { rt_printslice(s) }
func gocc_printnl()                      { rt_printnl() }
func gocc_printsp()                      { rt_printsp() }
func gocc_newobject(t unsafe.Pointer) unsafe.Pointer { return unsafe.Pointer(rt_newobject((*byte)(t))) }
func gocc_makeslice(t unsafe.Pointer, l, c int) unsafe.Pointer { return rt_makeslice(t, l, c) }
func gocc_growslice(t unsafe.Pointer, old slice, c int) slice { return rt_growslice(t, old, c) }
func gocc_concatstring2(b unsafe.Pointer, x, y string) string { return rt_concatstring2(b, x, y) }
func gocc_concatstrings(b unsafe.Pointer, a []string) string { return rt_concatstrings(b, a) }
func gocc_cmpstring(x, y string) int { return rt_cmpstring(x, y) }
func gocc_slicebytetostring(b unsafe.Pointer, p *byte, n int) string { return rt_slicebytetostring(b, p, n) }
func gocc_slicerunetostring(b unsafe.Pointer, a []rune) string { return rt_slicerunetostring(b, a) }
func gocc_stringtoslicebyte(b unsafe.Pointer, s string) []byte { return rt_stringtoslicebyte(b, s) }
func gocc_stringtoslicerune(b unsafe.Pointer, s string) []rune { return rt_stringtoslicerune(b, s) }
func gocc_intstring(b unsafe.Pointer, v int64) string { return rt_intstring(b, v) }
func gocc_decoderune(s string, k int) (rune, int) { return rt_decoderune(s, k) }
func gocc_memequal(a, b unsafe.Pointer, n uintptr) bool { return rt_memequal(a, b, n) }
func gocc_memmove(a, b unsafe.Pointer, n uintptr) { rt_memmove(a, b, n) }
func gocc_memclrNoHeapPointers(p unsafe.Pointer, n uintptr) { rt_memclrNoHeapPointers(p, n) }
func gocc_gopanic(e any) { rt_gopanic(e) }
func gocc_panicdivide() { rt_panicdivide() }
func gocc_panicshift() { rt_panicshift() }
func gocc_panicIndex(x, y int) { rt_goPanicIndex(x, y) }
func gocc_panicIndexU(x uint, y int) { rt_goPanicIndexU(x, y) }
func gocc_panicSliceAlen(x, y int) { rt_goPanicSliceAlen(x, y) }
func gocc_panicSliceAlenU(x uint, y int) { rt_goPanicSliceAlenU(x, y) }
func gocc_panicSliceAcap(x, y int) { rt_goPanicSliceAcap(x, y) }
func gocc_panicSliceAcapU(x uint, y int) { rt_goPanicSliceAcapU(x, y) }
func gocc_panicSliceB(x, y int) { rt_goPanicSliceB(x, y) }
func gocc_panicSliceBU(x uint, y int) { rt_goPanicSliceBU(x, y) }
func gocc_panicSlice3Alen(x int, y int) { rt_goPanicSlice3Alen(x, y) }
func gocc_panicSlice3AlenU(x uint, y int) { rt_goPanicSlice3AlenU(x, y) }
func gocc_panicSlice3Acap(x int, y int) { rt_goPanicSlice3Acap(x, y) }
func gocc_panicSlice3AcapU(x uint, y int) { rt_goPanicSlice3AcapU(x, y) }
func gocc_panicSlice3B(x int, y int) { rt_goPanicSlice3B(x, y) }
func gocc_panicSlice3BU(x uint, y int) { rt_goPanicSlice3BU(x, y) }
func gocc_panicSlice3C(x int, y int) { rt_goPanicSlice3C(x, y) }
func gocc_panicSlice3CU(x uint, y int) { rt_goPanicSlice3CU(x, y) }
GO
printf 'module oracle\n\ngo 1.19\n' >"$tmp/go.mod"
export GOFLAGS= GO111MODULE=on
[ -n "${HOME:-}" ] || export GOCACHE=/tmp/gocc-gocache
(cd "$tmp" && go build -o prog . 2>&1) || { echo "gc_oracle.sh: go build failed" >&2; exit 4; }
# GOCC_ORACLE_OUT=path: keep the program there instead of running it.
if [ -n "${GOCC_ORACLE_OUT:-}" ]; then
	cp "$tmp/prog" "$GOCC_ORACLE_OUT"
	exit 0
fi
dir=$(cd "$(dirname "$src")" && pwd)
cd "$dir" && "$tmp/prog"

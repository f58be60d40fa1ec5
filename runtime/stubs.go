// Declarations of the functions written in assembly (asm_amd64.s,
// memmove_amd64.s, memclr_amd64.s), with the Go signatures the assembly's
// ABI0 frames follow.

package runtime

import "unsafe"

// getg returns the current goroutine, from the TLS slot.
func getg() *g

// setg makes gg the current goroutine.
func setg(gg *g)

// getcallerpc returns the return address of its caller (the PC in the
// caller's caller), getcallersp the SP of the caller's caller. The caller
// must have a frame (every function that calls one does).
func getcallerpc() uintptr
func getcallersp() uintptr

// getcallerbp returns its caller's frame pointer.
func getcallerbp() uintptr

// mcall switches to g0's stack and calls fn(g), saving the caller's state
// in g.sched; fn must not return. fn is a func(*g) value (gc declares
// mcall(fn func(*g)); a func value is a *funcval).
func mcall(fn *funcval)

// systemstack runs fn, a func() value, on the system stack (g0's).
func systemstack(fn *funcval)

// gogo restores buf and continues there.
func gogo(buf *gobuf)

func mstart()
func goexit()
func asminit()
func abort()
func breakpoint()
func cputicks() int64
func procyield(cycles uint32)
func publicationBarrier()

// memmove copies n bytes from "from" to "to"; the ranges may overlap.
func memmove(to, from unsafe.Pointer, n uintptr)

// memclrNoHeapPointers zeroes n bytes at ptr.
func memclrNoHeapPointers(ptr unsafe.Pointer, n uintptr)

// memequal reports whether the size bytes at a and b are equal.
func memequal(a, b unsafe.Pointer, size uintptr) bool

// main_main is main.main (asm_amd64.s jumps there).
func main_main()

// goexit0Func is goexit0 as a func value, for mcall.
func goexit0Func() *funcval

// PCs of functions the runtime installs as return addresses or handlers.
func goexitPC() uintptr
func sigpanicPC() uintptr
func sigtrampPC() uintptr
func sigreturnPC() uintptr

// add returns p+x.
//
//go:nosplit
func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}

// noescape hides a pointer from escape analysis.
//
//go:nosplit
func noescape(p unsafe.Pointer) unsafe.Pointer {
	x := uintptr(p)
	return unsafe.Pointer(x ^ 0)
}

// bool2int returns 1 for true, 0 for false.
func bool2int(x bool) int {
	if x {
		return 1
	}
	return 0
}

// alignUp rounds n up to a multiple of a (a power of 2).
func alignUp(n, a uintptr) uintptr {
	return (n + a - 1) &^ (a - 1)
}

// alignDown rounds n down to a multiple of a (a power of 2).
func alignDown(n, a uintptr) uintptr {
	return n &^ (a - 1)
}

// stringDataPtr returns s's data pointer, sliceDataPtr b's (for any slice
// passed as []byte), makeStringNoCopy a string of the n bytes at p.
func stringDataPtr(s string) unsafe.Pointer
func sliceDataPtr(b []byte) unsafe.Pointer
func makeStringNoCopy(p unsafe.Pointer, n int) string

// bytesAt returns the n bytes at p as a slice.
func bytesAt(p unsafe.Pointer, n int) []byte {
	if p == nil { // the zero string: slicing a nil *array would fault
		return nil
	}
	return (*[1 << 40]byte)(p)[:n:n]
}

// Atomic operations (atomic_amd64.s).
func cas(ptr *uint32, old, new uint32) bool
func cas64(ptr *uint64, old, new uint64) bool
func xadd(ptr *uint32, delta int32) uint32
func xadd64(ptr *uint64, delta int64) uint64
func xchg(ptr *uint32, new uint32) uint32
func atomicload64(ptr *uint64) uint64
func atomicstore64(ptr *uint64, val uint64)
func atomicor8(ptr *uint8, val uint8)
func atomicand8(ptr *uint8, val uint8)

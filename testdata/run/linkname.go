// run

// //go:linkname: a body-less declaration bound to another package's
// function (how std reaches runtime internals), and a function defined
// under another symbol name, reached through a declaration of that name
// (how the runtime provides reflect's functions).

package main

import "unsafe"

//go:linkname memequal runtime.memequal
func memequal(a, b unsafe.Pointer, n uintptr) bool

//go:linkname double main.twice
func double(x int) int {
	f := func() int { return 2 * x }
	return f()
}

//go:linkname twice
func twice(x int) int

func main() {
	a := []byte("hello, world")
	b := []byte("hello, there")
	println(memequal(unsafe.Pointer(&a[0]), unsafe.Pointer(&b[0]), 7))
	println(memequal(unsafe.Pointer(&a[0]), unsafe.Pointer(&b[0]), 8))
	println(twice(21), double(4))
	f := twice
	g := double
	println(f(5), g(6))
}

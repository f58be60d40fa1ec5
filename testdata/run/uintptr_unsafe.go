// run

// uintptr arithmetic and unsafe.Pointer conversions between pointer types
// (reading an int64's bytes), unsafe.Sizeof/Offsetof/Alignof constants.

package main

import "unsafe"

type S struct {
	a byte
	b int64
	c uint16
}

func main() {
	x := int64(0x0102030405060708)
	p := unsafe.Pointer(&x)
	b0 := *(*byte)(p)
	b7 := *(*byte)(unsafe.Pointer(uintptr(p) + 7))
	println(b0, b7)
	var s S
	println(unsafe.Sizeof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Alignof(s.c))
	arr := [4]int32{10, 20, 30, 40}
	q := unsafe.Pointer(&arr[0])
	third := *(*int32)(unsafe.Pointer(uintptr(q) + 2*unsafe.Sizeof(arr[0])))
	println(third)
	var u uintptr = 1 << 63
	println(u, u>>62, u+u)
}

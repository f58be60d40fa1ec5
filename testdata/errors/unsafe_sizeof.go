// errorcheck

// Checks gc's diagnostic for: unsafe sizeof.
// Expected messages were produced by go1.19 `go tool compile`.

package main

import "unsafe"

type T struct {
	a byte
	b int64
}

const s = unsafe.Sizeof(T{})

var x [s]int8 = [16]int8{}
var y [s]int8 = [15]int8{} // ERROR "cannot use \[15\]int8\{\} \(value of type \[15\]int8\) as type \[16\]int8 in variable declaration"

func main() { _, _ = x, y }

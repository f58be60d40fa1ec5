// errorcheck

// Without assembly in the package (go build's -complete), a function
// without a body must be //go:linkname'd.

package main

import "unsafe"

//go:linkname provided runtime.memequal
func provided(a, b unsafe.Pointer, n uintptr) bool

func missing() // ERROR "missing function body"

func main() {
	_ = provided
	missing()
}

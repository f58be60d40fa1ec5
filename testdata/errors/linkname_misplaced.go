// errorcheck

// A //go:linkname directive must be on a line of its own.

package main

import _ "unsafe"

var x int //go:linkname x y // ERROR "misplaced compiler directive"

func main() {}

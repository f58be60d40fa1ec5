// errorcheck

// Checks gc's diagnostic for: redeclared.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	_ = x
}

// errorcheck

// Checks gc's diagnostic for: unused var.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1 // ERROR "x declared but not used"
}

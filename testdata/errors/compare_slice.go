// errorcheck

// Checks gc's diagnostic for: compare slice.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	var a, b []int
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
}

// errorcheck

// Checks gc's diagnostic for: address of.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
}

// errorcheck

// Checks gc's diagnostic for: range int.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	for range 3 { // ERROR "cannot range over 3 \(untyped int constant\)"
	}
}

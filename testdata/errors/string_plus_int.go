// errorcheck

// Checks gc's diagnostic for: string plus int.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	_ = "a" + x // ERROR "invalid operation: .a. \+ x \(mismatched types untyped string and int\)"
}

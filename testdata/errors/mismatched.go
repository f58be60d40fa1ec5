// errorcheck

// Checks gc's diagnostic for: mismatched.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	var a int
	var b float64
	_ = a + b // ERROR "invalid operation: a \+ b \(mismatched types int and float64\)"
}

// errorcheck

// Checks gc's diagnostic for: a non-constant shift whose untyped constant
// operand takes a float type from its context.
// Expected messages were produced by go1.19 `go tool compile`.

package main

var s uint = 3

func main() {
	var a float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	var b int32 = 1<<s + 1
	var c = 1.0 << s       // ERROR "invalid operation: 1.0 << s \(shift of type float64\)"
	_ = 1<<s == 1.5        // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	_, _, _ = a, b, c
}

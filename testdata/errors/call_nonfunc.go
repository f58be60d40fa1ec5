// errorcheck

// Checks gc's diagnostic for: call nonfunc.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	x() // ERROR "invalid operation: cannot call non\-function x \(variable of type int\)"
}

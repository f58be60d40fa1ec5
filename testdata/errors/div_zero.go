// errorcheck

// Checks gc's diagnostic for: div zero.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	_ = x / 0 // ERROR "invalid operation: division by zero"
}

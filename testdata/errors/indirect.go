// errorcheck

// Checks gc's diagnostic for: indirect.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
}

// errorcheck

// Checks gc's diagnostic for: assign mismatch values.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _ = a, b
}

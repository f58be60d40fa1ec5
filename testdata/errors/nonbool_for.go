// errorcheck

// Checks gc's diagnostic for: nonbool for.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	for x { // ERROR "non\-boolean condition in for statement"
	}
}

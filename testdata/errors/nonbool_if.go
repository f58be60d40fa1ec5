// errorcheck

// Checks gc's diagnostic for: nonbool if.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	if x { // ERROR "non\-boolean condition in if statement"
	}
}

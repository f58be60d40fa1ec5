// errorcheck

// Checks gc's diagnostic for: syntax else.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	if true {
	}
	else { // ERROR "syntax error: unexpected else, expecting \}"
	}
}

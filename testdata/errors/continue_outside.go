// errorcheck

// Checks gc's diagnostic for: continue outside.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	continue // ERROR "continue is not in a loop"
}

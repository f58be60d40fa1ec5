// errorcheck

// Checks gc's diagnostic for: too many return.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f() int {
	return 1, 2 // ERROR "too many return values"
}

func main() { f() }

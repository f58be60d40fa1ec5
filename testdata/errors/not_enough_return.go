// errorcheck

// Checks gc's diagnostic for: not enough return.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f() (int, error) {
	return 1 // ERROR "not enough return values"
}

func main() { f() }

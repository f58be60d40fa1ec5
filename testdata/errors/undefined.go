// errorcheck

// Checks gc's diagnostic for: undefined.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	_ = x // ERROR "undefined: x"
}

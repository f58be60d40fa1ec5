// errorcheck

// Checks gc's diagnostic for: not enough args.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f(a, b int) {}

func main() {
	f(1) // ERROR "not enough arguments in call to f"
}

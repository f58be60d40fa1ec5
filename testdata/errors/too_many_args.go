// errorcheck

// Checks gc's diagnostic for: too many args.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f(a int) {}

func main() {
	f(1, 2) // ERROR "too many arguments in call to f"
}

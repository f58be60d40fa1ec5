// errorcheck

// Checks gc's diagnostic for: iota outside.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	_ = iota // ERROR "cannot use iota outside constant declaration"
}

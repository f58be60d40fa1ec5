// errorcheck

// Checks gc's diagnostic for: missing return.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f() int {
} // ERROR "missing return"

func main() { f() }

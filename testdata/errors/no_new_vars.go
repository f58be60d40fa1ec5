// errorcheck

// Checks gc's diagnostic for: no new vars.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	_ = x
}

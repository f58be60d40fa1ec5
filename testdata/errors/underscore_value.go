// errorcheck

// Checks gc's diagnostic for: underscore value.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := _ // ERROR "cannot use _ as value or type"
	_ = x
}

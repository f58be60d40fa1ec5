// errorcheck

// Checks gc's diagnostic for: unknown field lit.
// Expected messages were produced by go1.19 `go tool compile`.

package main

type T struct{ A int }

func main() {
	_ = T{B: 1} // ERROR "unknown field 'B' in struct literal of type T"
}

// errorcheck

// Checks gc's diagnostic for: recursive type2.
// Expected messages were produced by go1.19 `go tool compile`.

package main

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }

func main() {}

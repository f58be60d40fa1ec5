// errorcheck

// Checks gc's diagnostic for: recursive type.
// Expected messages were produced by go1.19 `go tool compile`.

package main

type R struct{ r R } // ERROR "invalid recursive type R"

func main() {}

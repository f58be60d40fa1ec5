// errorcheck

// Checks gc's diagnostic for: redeclared pkg.
// Expected messages were produced by go1.19 `go tool compile`.

package main

var v int
var v string // ERROR "v redeclared in this block"

func main() {}

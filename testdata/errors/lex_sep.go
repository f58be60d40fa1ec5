// errorcheck

// Checks gc's diagnostic for: lex sep.
// Expected messages were produced by go1.19 `go tool compile`.

package main

var x = 1_ // ERROR "'_' must separate successive digits"

func main() {}

// errorcheck

// Checks gc's diagnostic for: lex octal.
// Expected messages were produced by go1.19 `go tool compile`.

package main

var x = 08 // ERROR "invalid digit '8' in octal literal"

func main() {}

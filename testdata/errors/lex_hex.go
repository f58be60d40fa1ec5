// errorcheck

// Checks gc's diagnostic for: lex hex.
// Expected messages were produced by go1.19 `go tool compile`.

package main

var x = 0x // ERROR "hexadecimal literal has no digits"

func main() {}

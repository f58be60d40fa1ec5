// errorcheck

// Checks gc's diagnostic for: lex escape.
// Expected messages were produced by go1.19 `go tool compile`.

package main

var s = "\q" // ERROR "unknown escape"

func main() {}

// errorcheck

// Checks gc's diagnostic for: lex rune.
// Expected messages were produced by go1.19 `go tool compile`.

package main

var r = 'ab' // ERROR "more than one character in rune literal"

func main() {}

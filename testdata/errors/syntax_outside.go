// errorcheck

// Checks gc's diagnostic for: syntax outside.
// Expected messages were produced by go1.19 `go tool compile`.

package main

x := 1 // ERROR "syntax error: non\-declaration statement outside function body"

func main() {}

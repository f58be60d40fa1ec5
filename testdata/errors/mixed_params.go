// errorcheck

// Checks gc's diagnostic for: mixed params.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f(a int, string) {} // ERROR "syntax error: mixed named and unnamed parameters"

func main() {}

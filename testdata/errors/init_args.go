// errorcheck

// Checks gc's diagnostic for: init args.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func main() {}

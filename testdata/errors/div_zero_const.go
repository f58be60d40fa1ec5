// errorcheck

// Checks gc's diagnostic for: div zero const.
// Expected messages were produced by go1.19 `go tool compile`.

package main

const c = 1 / 0 // ERROR "invalid operation: division by zero"

func main() {}

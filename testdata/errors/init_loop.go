// errorcheck

// Checks gc's diagnostic for: an initialization cycle through a function.
// Expected messages were produced by go1.19 `go tool compile`.

package main

var a = b // ERROR "initialization loop for a"
var b = f()

func f() int { return a }

func main() {}

// errorcheck

// Checks gc's diagnostic for: method nonlocal.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func (x int) M() {} // ERROR "cannot define new methods on non\-local type int"

func main() {}

// errorcheck

// Checks gc's diagnostic for: not type.
// Expected messages were produced by go1.19 `go tool compile`.

package main

var x int

func main() {
	var y x // ERROR "x \(variable of type int\) is not a type"
	_ = y
}

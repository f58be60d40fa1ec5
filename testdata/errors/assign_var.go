// errorcheck

// Checks gc's diagnostic for: assign var.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	var s string
	s = x // ERROR "cannot use x \(variable of type int\) as type string in assignment"
	_ = s
}

// errorcheck

// Checks gc's diagnostic for: assign vardecl.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	var s string = x // ERROR "cannot use x \(variable of type int\) as type string in variable declaration"
	_ = s
}

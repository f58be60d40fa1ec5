// errorcheck

// Checks gc's diagnostic for: assign return.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f() string {
	x := 1
	return x // ERROR "cannot use x \(variable of type int\) as type string in return statement"
}

func main() { f() }

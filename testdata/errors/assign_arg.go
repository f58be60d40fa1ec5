// errorcheck

// Checks gc's diagnostic for: assign arg.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f(s string) {}

func main() {
	x := 1
	f(x) // ERROR "cannot use x \(variable of type int\) as type string in argument to f"
}

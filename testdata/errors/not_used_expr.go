// errorcheck

// Checks gc's diagnostic for: not used expr.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
}

// errorcheck

// Checks gc's diagnostic for: index oob.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	var a [3]int
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}

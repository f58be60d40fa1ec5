// errorcheck

// Checks gc's diagnostic for: overflow int8.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	var i int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	_ = i
}

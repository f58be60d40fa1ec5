// errorcheck

// Checks gc's diagnostic for: truncated.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	_ = i
}

// errorcheck

// Checks gc's diagnostic for: type switch nonif.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := 1
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
}

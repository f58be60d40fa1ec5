// errorcheck

// Checks gc's diagnostic for: no method.
// Expected messages were produced by go1.19 `go tool compile`.

package main

type P struct{}

func main() {
	var p P
	p.M() // ERROR "p\.M undefined \(type P has no field or method M\)"
}

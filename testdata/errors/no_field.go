// errorcheck

// Checks gc's diagnostic for: no field.
// Expected messages were produced by go1.19 `go tool compile`.

package main

type P struct{ X int }

func main() {
	var p P
	_ = p.Z // ERROR "p\.Z undefined \(type P has no field or method Z\)"
}

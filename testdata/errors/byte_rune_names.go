// errorcheck

// Checks gc's diagnostic for: byte and rune print as the source wrote them.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	var b byte = 1
	var r rune = 'x'
	var _ int = b         // ERROR "cannot use b \(variable of type byte\) as type int in variable declaration"
	var _ int = r         // ERROR "cannot use r \(variable of type rune\) as type int in variable declaration"
	var _ int = []byte{}  // ERROR "value of type \[\]byte\)"
	var _ string = b + 1  // ERROR "cannot use b \+ 1 \(value of type byte\) as type string"
	var u8 uint8
	var _ int = u8        // ERROR "variable of type uint8\)"
}

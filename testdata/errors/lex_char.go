// errorcheck

// Checks gc's diagnostic for: lex char.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	@ // ERROR "invalid character U\+0040 '@'"
}

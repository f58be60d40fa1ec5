// errorcheck

// Checks gc's diagnostic for: label dup.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
L:
	goto L
L: // ERROR "label L already defined at .*"
	goto L
}

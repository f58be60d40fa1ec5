// errorcheck

// Checks gc's diagnostic for: label unused.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
L: // ERROR "label L defined and not used"
	for {
	}
}

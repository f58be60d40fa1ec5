// errorcheck

// Checks gc's diagnostic for: label undefined.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	goto L // ERROR "label L not defined"
}

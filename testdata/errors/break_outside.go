// errorcheck

// Checks gc's diagnostic for: break outside.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
}

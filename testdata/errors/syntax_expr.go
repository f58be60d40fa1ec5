// errorcheck

// Checks gc's diagnostic for: syntax expr.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	var a int = 1 +
} // ERROR "syntax error: unexpected \}, expecting expression"

// errorcheck

// Checks gc's diagnostic for: goto block.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	goto L // ERROR "goto L jumps into block starting at .*"
	{
	L:
	}
}

// errorcheck

// Checks gc's diagnostic for: fallthrough final.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	switch {
	case true:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}

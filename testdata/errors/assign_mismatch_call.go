// errorcheck

// Checks gc's diagnostic for: assign mismatch call.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f() (int, int) { return 1, 2 }

func main() {
	a, b, c := f() // ERROR "assignment mismatch: 3 variables but f returns 2 values"
	_, _, _ = a, b, c
}

// errorcheck

// Checks gc's diagnostic for: syntax complit.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	x := []int{1, 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \}"
	}
	_ = x
}

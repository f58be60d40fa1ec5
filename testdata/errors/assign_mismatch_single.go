// errorcheck

// Checks gc's diagnostics for: one variable assigned a call with two
// results (an assignment says "assignment mismatch", a var declaration
// "multiple-value ... in single-value context").
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f2() (int, int) { return 1, 2 }

func main() {
	a := f2()   // ERROR "assignment mismatch: 1 variable but f2 returns 2 values"
	var b = f2() // ERROR "multiple-value f2\(\) \(value of type \(int, int\)\) in single-value context"
	var c int
	c = f2() // ERROR "assignment mismatch: 1 variable but f2 returns 2 values"
	_, _, _ = a, b, c
}

// errorcheck

// Checks gc's diagnostics for: a variable whose initialization or
// assignment failed is not also reported as declared but not used.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f() {}

func main() {
	a := undef        // ERROR "undefined: undef"
	var b int = "s"   // ERROR "cannot use .s. \(untyped string constant\) as int value in variable declaration"
	d, e := 1         // ERROR "assignment mismatch: 2 variables but 1 value"
	var h = f()       // ERROR "f\(\) \(no value\) used as value"
	k := 1            // ERROR "k declared but not used"
	var m, n = undef2, 1 // ERROR "n declared but not used" "undefined: undef2"
	o := 1
	o = undef3 // ERROR "undefined: undef3"
}

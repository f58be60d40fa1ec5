// errorcheck
// harness-expect: no match for `this regexp matches no diagnostic`

// The harness's own test: the diagnostic on the marked line is
// "x declared but not used", so the ERROR regexp below must not match and
// the harness must fail.

package main

func main() {
	x := 1 // ERROR "this regexp matches no diagnostic"
}

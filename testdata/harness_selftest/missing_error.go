// errorcheck
// harness-expect: missing error "undefined: y"

// The harness's own test: the marked line is valid, so the expected error
// never comes and the harness must fail.

package main

var y = 1

func main() {
	_ = y // ERROR "undefined: y"
}

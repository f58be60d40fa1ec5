// errorcheck
// harness-expect: missing error "undefined: y"

// The harness's own test: the line marked "undefined: y" is valid, so its
// expected error never comes and the harness must fail. (Another line has
// a real, expected error, so the compilation itself fails as errorcheck
// requires.)

package main

var y = 1

func main() {
	_ = y // ERROR "undefined: y"
	_ = z // ERROR "undefined: z"
}

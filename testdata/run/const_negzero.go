// run

// Constants have no negative zero: a negative constant too small for its
// float type rounds to +0, while run-time arithmetic keeps -0.

package main

import "math"

const tiny = -1e-10000

var g = -1e-10000
var g32 float32 = -1e-50

func main() {
	var f float64 = tiny
	println(math.Signbit(f), math.Signbit(g), math.Signbit(float64(g32)))
	var x float32 = -1e-46
	println(math.Signbit(float64(x)))
	z := 0.0
	n := -z
	println(math.Signbit(n), 1/n)
	c := complex(tiny, tiny)
	println(math.Signbit(real(c)), math.Signbit(imag(c)))
	println(math.Signbit(-0.0), f == 0)
}

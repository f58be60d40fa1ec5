// run

// Untyped float constants with enormous exponents stay exact in
// constant arithmetic; only the final value must fit its type.

package main

const (
	a = 1e500000000
	b = 1e499999999
	c = 1e-400000000
	d = 1e600000000 / 1e599999998
)

func main() {
	x := a / b
	y := c * 1e400000001
	println(x, y, d)
	var f32 float32 = a / b / 4
	println(f32)
	println(a/b == 10, c*1e400000000 == 1)
}

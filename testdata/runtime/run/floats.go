// run

// println's float format on values that stress rounding and the exponent:
// powers of ten and two, values just below a round-up, denormals, float32.

package main

func main() {
	x := 1.0
	for i := 0; i < 40; i++ {
		println(x, -x, 1/x)
		x *= 10
	}
	y := 1.0
	for i := 0; i < 1100; i += 37 {
		println(y)
		for j := 0; j < 37; j++ {
			y /= 2
		}
	}
	println(9.9999994, 9.9999995, 9.9999996, 0.99999995, 99999.995, 123.4567849, 123.4567851)
	println(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
	var f float32 = 3.4028235e38
	var g float32 = 1.0 / 3
	println(f, g, float32(0.1))
	z := 0.0
	for i := 1; i < 30; i++ {
		z += 0.1
		println(z, z*z, 1/(z+1))
	}
}

// run

// float64 arithmetic, comparisons (NaN, infinities, signed zero) and
// conversions to and from integers, printed with gc's print format.

package main

var vals = []float64{0, 1, -1, 0.5, -2.25, 3.141592653589793, 1e100, -1e-100, 123456789.125}

func nan() float64 {
	z := 0.0
	return z / z
}

func inf(s float64) float64 {
	z := 0.0
	return s / z
}

func main() {
	for _, a := range vals {
		for _, b := range vals {
			println(a, b, a+b, a-b, a*b, a/b)
			println(a == b, a != b, a < b, a <= b, a > b, a >= b)
		}
		println(-a, int64(a), int32(a), uint8(a), float32(a))
	}
	n := nan()
	println(n == n, n != n, n < 1, n > 1, n <= n)
	println(inf(1), inf(-1), inf(1) > 1e308, -inf(1) < -1e308)
	z := 0.0
	nz := -z
	println(z == nz, 1/inf(1))
	var i int64 = -7
	var u uint64 = 18446744073709551615
	var u32 uint32 = 4294967295
	var i8 int8 = -128
	println(float64(i), float64(u), float64(u32), float64(i8))
	f := 2.9
	println(int(f), int(-f), uint(f), uint64(1e19), int16(-f))
	big := 1e19
	println(uint64(big), uint32(f*1000))
}

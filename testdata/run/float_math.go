// run

// Floating-point algorithms: Newton's square root, series for pi and e,
// Horner's rule, float32 accumulation error.

package main

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func horner(c []float64, x float64) float64 {
	r := 0.0
	for i := len(c) - 1; i >= 0; i-- {
		r = r*x + c[i]
	}
	return r
}

func main() {
	println(sqrt(2), sqrt(1e10), sqrt(0.25))
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	println(pi)
	e, term := 1.0, 1.0
	for n := 1; n < 20; n++ {
		term /= float64(n)
		e += term
	}
	println(e)
	println(horner([]float64{1, -3, 0, 2}, 1.5))
	var s32 float32
	var s64 float64
	for i := 0; i < 100000; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	println(s32, s64)
	big, tiny := 1e308, 5e-324
	println(big*10, -big*10, tiny/2)
}

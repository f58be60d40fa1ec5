// run

// float32 arithmetic: results rounded to single precision, conversions to
// and from float64 and integers.

package main

func third(x float32) float32 { return x / 3 }

func main() {
	vals := []float32{0, 1, -1, 0.1, 16777216, 16777217, 3.4e38, -1.5e-45, 2.5}
	for _, a := range vals {
		for _, b := range vals {
			println(a+b, a-b, a*b, a/b, a < b, a == b)
		}
		println(float64(a), int32(a), uint16(a), third(a))
	}
	var x float32 = 1
	for i := 0; i < 30; i++ {
		x = x*1.5 + 0.25
	}
	println(x)
	var d float64 = 0.1
	println(float32(d), float64(float32(d)))
	var u uint64 = 18446744073709551615
	println(float32(u), float32(int64(-5)))
}

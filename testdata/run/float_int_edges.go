// run

// Conversions between integers and floats at the edges: uint64 values with
// the top bit set (to float64 and float32, rounding), floats at and above
// 2^63 to uint64, int64 and uint32 values that do not fit a float32's
// mantissa, truncation toward zero of negative and fractional values,
// negative zero, and float32 <-> float64 round trips.

package main

func main() {
	us := []uint64{0, 1, 1<<53 + 1, 1<<63 - 1, 1 << 63, 1<<63 + 1, 1<<63 + 1<<11, 1<<64 - 1, 1<<64 - 1<<11, 12345678901234567890}
	for _, u := range us {
		f := float64(u)
		g := float32(u)
		println(u, f, g, uint64(f) == u, float64(g))
	}
	fs := []float64{0, 0.5, 1, 9.2e18, 1 << 63, 1<<63 + 4096, 1.5 * (1 << 63), 1.8446744073709550e19, 12345678.9}
	for _, f := range fs {
		println(f, uint64(f), uint32(f/(1<<32)), uint64(float32(f)))
	}
	is := []int64{-1 << 63, -(1 << 53) - 1, -16777217, -16777216, -1, 0, 16777217, 1<<62 + 1, 1<<63 - 1}
	for _, i := range is {
		println(i, float64(i), float32(i), int64(float64(i)) == i, int64(float32(i)))
	}
	u32s := []uint32{0, 1<<24 + 1, 1<<31 + 1, 1<<32 - 1}
	for _, u := range u32s {
		println(u, float32(u), float64(u), uint32(float64(u)))
	}
	trunc := []float64{-0.9, -1.5, -2.5, -127.99, 2.999999, -1e9, 4e9}
	for _, f := range trunc {
		println(f, int8(int64(f)), int32(f), int64(f), int64(float32(f)), uint32(-f*0+f*f))
	}
	zero := 0.0
	negz := -zero
	println(negz, int(negz), float32(negz), 1/negz, 1/float32(negz))
	tenth := float32(0.1)
	println(tenth, float64(tenth), float32(float64(tenth)) == tenth, float64(float32(0.1)) == 0.1)
	big := 3.4028235677973366e38
	println(float32(big), float32(-big), float64(float32(1e-46)), float64(float32(1.5e-45)))
	outOfRange()
}

// Out-of-range conversions are implementation-defined; these are gc's
// amd64 results (CVTT* gives 1<<63 or 1<<31, unsigned ones go through
// int64 or x - 2^63).
func outOfRange() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	for _, f := range []float64{nan, inf, -inf, 1e19, -1e19, 1 << 64, 1e20, -1.5, -1e10, 3e9, 5e9, -3e9, 1e300} {
		println(f, int64(f), uint64(f), int32(f), uint32(f), int16(f), uint16(f), int8(f), uint8(f))
		g := float32(f)
		println(g, int64(g), uint64(g), int32(g), uint32(g), int8(g), uint8(g))
	}
}

// run

// print and println formats for every basic type: extreme integers,
// float specials (NaN, ±Inf, -0, denormals), bools, empty strings, nil
// slices and pointers.

package main

func main() {
	println(int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615))
	z := 0.0
	println(z/z, 1/z, -1/z, -z, 5e-324, 1.7976931348623157e308)
	var f32 float32 = 1.0 / 3
	println(f32, float32(1e-40))
	println(true, false, "", "x")
	print("no", "spaces", 1, 2, true, "\n")
	var s []int
	println(s == nil, len(s))
	var p *int
	println(p == nil, p)
	println()
	print()
	println(-0.0, 1e21, 123456789.0, 0.000001)
}

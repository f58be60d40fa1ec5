// run

// Conversions between complex types and untyped constants: complex64
// rounds each part; integer-valued and float constants become complex.

package main

type C complex64

func main() {
	x := complex(1.0/3, 2.0/3)
	y := complex64(x)
	z := complex128(y)
	println(x, y, z, x == z)
	c := C(y)
	println(complex128(c) == z)
	const k = 1 << 10
	var ck complex128 = k
	var cf complex64 = 0.1
	var ci complex128 = 'a'
	println(ck, cf, ci)
	const big = 1e200
	var cb complex128 = big * 1i
	println(cb, real(cb) == 0)
	var f float32 = real(complex64(complex(16777217, 0)))
	println(f)
	big1 := 1e39
	println(complex64(complex(big1, -big1)))
	var r float32 = imag(y)
	println(r)
	h := complex(float32(1.5), float32(2.5))
	println(complex128(h))
}

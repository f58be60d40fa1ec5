// run

// real, imag and complex on both complex types, with constants,
// variables, and mixed untyped operands; println's complex format.

package main

func main() {
	var c128 complex128 = complex(1.5, -2.25)
	var c64 complex64 = complex(float32(0.1), float32(3))
	println(c128, c64)
	println(real(c128), imag(c128), real(c64), imag(c64))
	r, i := 3.0, 4.0
	c := complex(r, i)
	println(c, real(c)*real(c)+imag(c)*imag(c))
	var f32a, f32b float32 = 1, 2
	c2 := complex(f32a, f32b)
	var _ complex64 = c2
	println(c2)
	const k = 2 + 3i
	println(k, real(k), imag(k))
	var ck complex64 = k
	println(ck, -ck)
	x := 5i
	println(x, x*x)
	var z complex128
	println(z, z == 0)
	println(complex(0, -0.0), complex(-1, 1e300), complex(1e-300, 7))
	type MyC complex128
	mc := MyC(c)
	println(real(mc), imag(mc))
	var arr [2]complex64
	arr[1] = complex(1, 1)
	println(arr[0], arr[1])
}

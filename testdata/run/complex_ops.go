// run

// complex64 and complex128: complex, real and imag; + - * / and unary -;
// == and != (NaN parts, negative zero); conversions between the sizes;
// println's format; values in variables, parameters, results, struct
// fields, arrays (small and large), slices and package variables;
// op-assignment, ++, switch on a complex tag; division by zero and by
// infinities (gc's runtime complex128div), and complex64 products computed
// in float64 as gc does.

package main

type pt struct {
	c complex64
	n int
}

var global = complex(2, 0.5)
var global64 complex64 = 1 - 1i

func mul(a, b complex128) complex128   { return a * b }
func div(a, b complex128) complex128   { return a / b }
func mul64(a, b complex64) complex64   { return a * b }
func div64(a, b complex64) complex64   { return a / b }
func parts(c complex128) (float64, float64) { return real(c), imag(c) }
func swap(c complex64) complex64       { return complex(imag(c), real(c)) }

func kind(c complex128) string {
	switch c {
	case 0:
		return "zero"
	case 1i:
		return "i"
	case global:
		return "global"
	}
	return "other"
}

func main() {
	var z complex128
	c := complex(1.5, -2)
	println(z, c, real(c), imag(c), -c, -z)
	d := 3 + 4i
	println(c+d, c-d, c*d, c/d, c == d, c != d, c == c)
	var f complex64 = complex(float32(0.1), 3)
	g := complex64(d)
	println(f, g, f*g, f/g, f+g, f-g, complex128(f), complex64(complex128(f)) == f)
	println(mul(d, d), div(1, 0), div(0, 0), div(1e308+1e308i, 1e-308), div(-1, 0))
	println(parts(global))
	println(swap(global64), global64*global64, global+complex128(global64))

	p := pt{1i, 2}
	q := p
	println(p == q)
	q.c += 1
	println(p == q, q.c)
	arr := [3]complex128{1, 2i, 3}
	s := 0i
	for _, v := range arr {
		s += v * v
	}
	println(s, real(f), imag(g))
	s++
	s *= 2i
	s -= 1
	s /= 1 + 1i
	println(s)

	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	negz := -zero
	println(div(complex(inf, 1), 2+1i), div(1+1i, complex(inf, inf)), div(complex(nan, 1), 0))
	println(complex(nan, 0) == complex(nan, 0), complex(0, negz) == 0, complex(inf, negz))
	println(div64(1+2i, 3-4i), div64(1, 0), mul64(complex(float32(inf), 0), 1i))

	// float32 products that round differently in float32 and float64.
	x := complex(float32(16777217), float32(3.3))
	y := complex(float32(0.1), float32(1e-8))
	println(mul64(x, y), mul64(x, x), x*y == mul64(x, y))

	var big1, big2 [20]complex128
	for i := range big1 {
		big1[i] = complex(float64(i), -float64(i))
		big2[i] = big1[i]
	}
	println(big1 == big2)
	big2[0] = complex(negz, negz)
	println(big1 == big2)
	big1[7] = complex(nan, 0)
	big2[7] = big1[7]
	println(big1 == big2, big1 != big2)

	sl := []complex64{1, 2, 3}
	sl = append(sl, 4i)
	total := complex64(0)
	for i := range sl {
		total += sl[i]
	}
	println(total, len(sl))
	for _, v := range []complex128{0, 1i, global, 5} {
		println(kind(v))
	}
	const k = 2i * 2i
	var kk complex64 = k
	println(k, kk, real(k), imag(kk))
}

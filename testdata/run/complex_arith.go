// run

// Complex arithmetic on both sizes: + - * /, unary minus, op=, and
// complex64 rounding of products and quotients.

package main

func main() {
	a := complex(1.0, 2.0)
	b := complex(3.0, -4.0)
	println(a+b, a-b, a*b, a/b, -a)
	c := a
	c += b
	c *= a
	c -= 1i
	c /= 2
	println(c)
	var x, y complex64 = complex(1.1, 2.2), complex(3.3, 4.4)
	println(x+y, x-y, x*y, x/y)
	x *= x
	println(x)
	p := complex(1.0, 0.0)
	for i := 0; i < 8; i++ {
		p *= 1i
	}
	println(p)
	// (1+i)^16 = 256
	q := complex(1.0, 1.0)
	r := complex(1.0, 0.0)
	for i := 0; i < 16; i++ {
		r *= q
	}
	println(r)
	var big complex128 = complex(1e308, 1e308)
	println(big*2, big/complex(1e-308, 0))
	var f32 complex64 = complex(float32(1e38), 0)
	println(f32 * 10)
	s := []complex128{1, 1i, -1, -1i}
	var sum complex128
	for _, v := range s {
		sum += v * v
	}
	println(sum)
}

// run

// == and != on complex values, with NaN parts, signed zeros, across
// conversions, in arrays, structs and interfaces.

package main

import "math"

type S struct {
	c complex64
	n int
}

func main() {
	a := complex(1.0, 2.0)
	b := complex(1.0, 2.0)
	println(a == b, a != b, a == complex(1, -2))
	nan := math.NaN()
	n := complex(nan, 0)
	println(n == n, n != n, complex(0, nan) == complex(0, nan))
	negz := math.Copysign(0, -1)
	println(complex(negz, negz) == 0, complex(0, negz) == complex(negz, 0))
	var c64 complex64 = complex64(a)
	println(complex128(c64) == a, c64 == 1+2i)
	third := complex(1.0/3, 0)
	println(complex128(complex64(third)) == third)
	arr1 := [2]complex128{1, 2i}
	arr2 := [2]complex128{1, 2i}
	println(arr1 == arr2)
	arr2[1] = complex(0, nan)
	println(arr1 == arr2, arr2 == arr2)
	s1, s2 := S{1i, 1}, S{1i, 1}
	println(s1 == s2)
	s2.c = complex(float32(negz), 1)
	println(s1 == s2)
	var e1, e2 interface{} = a, b
	println(e1 == e2, e1 == interface{}(c64))
	e2 = n
	println(e2 == e2)
	m := map[complex128]int{a: 1}
	println(m[b], m[complex(1, 2.0000001)])
}

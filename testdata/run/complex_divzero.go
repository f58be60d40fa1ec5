// run

// Complex division by zero does not panic: it gives infinities and NaNs
// as gc's (C99 Annex G) rules do.

package main

func main() {
	zero := complex(0.0, 0.0)
	one := complex(1.0, 0.0)
	println(one / zero)
	println(complex(1, 1) / zero)
	println(zero / zero)
	println(complex(-1, 0) / zero)
	println(complex(0, 1) / zero)
	inf := real(one / zero)
	println(complex(inf, 0) / complex(inf, inf))
	println(complex(1, 1) / complex(inf, 0))
	var z64 complex64
	var o64 complex64 = 1
	println(o64/z64, z64/z64)
	n := one / zero
	println(n == n, real(n) > 1e308)
	q := zero / zero
	println(q == q, q != q)
	d := 0.0
	println(complex(1, 2) / complex(d, 0))
}

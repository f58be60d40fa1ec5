// run

// Number theory with every signed width: gcd, modular exponentiation,
// trial-division primality, integer square root.

package main

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func isPrime(n int32) bool {
	if n < 2 {
		return false
	}
	for d := int32(2); d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func isqrt(n uint32) uint32 {
	if n < 2 {
		return n
	}
	m := uint64(n)
	x := m
	y := (x + 1) / 2
	for y < x {
		x = y
		y = (x + m/x) / 2
	}
	return uint32(x)
}

func main() {
	println(gcd(1071, 462), gcd(-48, 18), gcd(0, 5), gcd(17, 0))
	println(powmod(2, 10, 1000), powmod(3, 200, 1000000007), powmod(7, 0, 13))
	c := 0
	for i := int32(0); i < 1000; i++ {
		if isPrime(i) {
			c++
		}
	}
	println(c)
	println(isqrt(0), isqrt(1), isqrt(99), isqrt(100), isqrt(4294967295))
	var i8 int8 = -128
	println(i8/-1, i8%-1, -i8)
	var i16 int16 = -32768
	println(i16/-1, i16%-1)
	var i32 int32 = -2147483648
	println(i32/-1, i32%-1)
	var i64 int64 = -9223372036854775808
	println(i64/-1, i64%-1)
}

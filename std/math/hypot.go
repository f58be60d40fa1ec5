// Hypot, Cbrt and Remainder.
//
// Hypot is max·√(1 + (min/max)²) without rescaling, the evaluation gc's
// amd64 assembly performs. Cbrt is FreeBSD msun's s_cbrt.c (bit-level
// first guess, a polynomial step and one Newton step in extra precision).
// Remainder is fdlibm's e_remainder.c on top of Mod.
package math

// Hypot returns √(p*p + q*q), avoiding needless overflow and underflow.
// Hypot(±Inf, q) = +Inf even when q is NaN; otherwise NaN propagates.
func Hypot(p, q float64) float64 {
	bp := Float64bits(p) &^ signMask
	bq := Float64bits(q) &^ signMask
	if bp >= uvInf || bq >= uvInf {
		if bp == uvInf || bq == uvInf {
			return Inf(1)
		}
		return NaN()
	}
	if bp|bq == 0 {
		return 0
	}
	p, q = Float64frombits(bp), Float64frombits(bq)
	if q > p {
		p, q = q, p
	}
	r := q / p
	return p * Sqrt(r*r+1)
}

// Cbrt returns the cube root of x. Cbrt(±0) = ±0, Cbrt(±Inf) = ±Inf,
// Cbrt(NaN) = NaN.
func Cbrt(x float64) float64 {
	const (
		b1             = 715094163                   // (682-0.03306235651)*2**20
		b2             = 696219795                   // (664-0.03306235651)*2**20
		c              = 5.42857142857142815906e-01  // 19/35
		d              = -7.05306122448979611050e-01 // -864/1225
		e              = 1.41428571428571436819e+00  // 99/70
		f              = 1.60714285714285720630e+00  // 45/28
		g              = 3.57142857142857150787e-01  // 5/14
		smallestNormal = 2.22507385850720138309e-308 // 2**-1022
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	// A first guess good to 5 bits: divide the exponent by 3 in the bits.
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal {
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	// A rational step to 23 bits.
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	// Round t to 32 bits (away from zero) so t*t is exact, then one Newton
	// step to 53 bits.
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}

// Remainder returns the IEEE 754 remainder of x/y: x - n·y with n the
// integer nearest x/y (ties to even). Remainder(±Inf, y), Remainder(x, 0)
// and NaN arguments give NaN; Remainder(x, ±Inf) = x.
func Remainder(x, y float64) float64 {
	const (
		tiny    = 4.45014771701440276618e-308 // 2**-1021
		halfMax = MaxFloat64 / 2
	)
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // x < 2y now
	}
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}

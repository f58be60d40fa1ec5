// Powers: Pow and Pow10.
//
// Pow splits y into integer and fractional parts: the fraction (moved into
// [-0.5, 0.5]) goes through Exp(yf·Log(x)); the integer power is built by
// repeated squaring of x's Frexp fraction with the binary exponents kept
// apart in an int, and the two are joined by one Ldexp. This is the
// evaluation gc's pure Go Pow performs, so results agree bit for bit.
//
// Pow10 multiplies two table entries: 10**(32q) × 10**r (or divides for
// negative n); every entry is a correctly rounded constant.
package math

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow returns x**y, with the special cases of IEEE 754 pow (see gc's
// documentation): Pow(x, ±0) = 1 and Pow(1, y) = 1 for any y, Pow(x, 1) =
// x, NaN otherwise propagates, zeros and infinities follow the sign and
// parity rules, and a negative finite x with a non-integer y is NaN.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		if y < 0 {
			if isOddInt(y) {
				return Copysign(Inf(1), x)
			}
			return Inf(1)
		}
		if y > 0 {
			if isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		if x == -1 {
			return 1
		}
		if (Abs(x) < 1) == IsInf(y, 1) {
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // through -0's rules
		}
		if y < 0 {
			return 0
		}
		if y > 0 {
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// |y| is an even integer too large for the loop.
		if x == -1 {
			return 1
		}
		if (Abs(x) < 1) == (y > 0) {
			return 0
		}
		return Inf(1)
	}
	// a × 2**ae accumulates the result.
	a := 1.0
	ae := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		a = Exp(yf * Log(x))
	}
	xf, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// The exponent alone already over- or underflows; stop
			// before it overflows the int.
			ae += xe
			break
		}
		if i&1 == 1 {
			a *= xf
			ae += xe
		}
		xf *= xf
		xe <<= 1
		if xf < .5 {
			xf += xf
			xe--
		}
	}
	if y < 0 {
		a = 1 / a
		ae = -ae
	}
	return Ldexp(a, ae)
}

var pow10Small = [...]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10Big = [...]float64{
	1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}

var pow10BigNeg = [...]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
}

// Pow10 returns 10**n: 0 for n < -323, +Inf for n > 308.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10Big[uint(n)/32] * pow10Small[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10BigNeg[uint(-n)/32] / pow10Small[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

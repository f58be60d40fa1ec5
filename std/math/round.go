// Rounding to integers: Trunc, Floor, Ceil, Round, RoundToEven, Modf. All
// work on the representation: a float64 with unbiased exponent e in
// [0, 52) has 52-e fraction bits below the binary point, which are
// cleared (or rounded into the integer part). The results are exact, so
// they are gc's bit for bit, signed zeros included.
package math

// unbiasedExp returns the unbiased exponent field of the bits x.
func unbiasedExp(x uint64) int { return int(x>>fracBits&expMask) - expBias }

// Trunc returns the integer value of x, rounded toward zero.
func Trunc(x float64) float64 {
	b := Float64bits(x)
	e := unbiasedExp(b)
	if e < 0 {
		return Float64frombits(b & signMask) // |x| < 1: a signed zero
	}
	if e >= fracBits {
		return x // already an integer, or Inf or NaN
	}
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < 0 && t != x {
		return t - 1
	}
	return t
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 { return -Floor(-x) }

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	b := Float64bits(x)
	e := unbiasedExp(b)
	if e < -1 {
		return Float64frombits(b & signMask)
	}
	if e == -1 {
		return Float64frombits(b&signMask | 0x3FF0000000000000) // ±1
	}
	if e >= fracBits {
		return x
	}
	b += 1 << uint(fracBits-1-e) // add one half; a carry bumps the exponent
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := unbiasedExp(b)
	if e < -1 || e == -1 && b&fracMask == 0 {
		return Float64frombits(b & signMask) // |x| <= 0.5
	}
	if e == -1 {
		return Float64frombits(b&signMask | 0x3FF0000000000000)
	}
	if e >= fracBits {
		return x
	}
	shift := uint(fracBits - e)
	// Add just under one half, plus one more ulp of the integer's units
	// when the integer part is odd: ties then round up exactly when odd.
	b += 1<<(shift-1) - 1 + b>>shift&1
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// Modf returns the integer and fractional parts of f, both with f's sign.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		if f < 0 {
			int, frac = Modf(-f)
			return -int, -frac
		}
		if f == 0 {
			return f, f
		}
		return 0, f
	}
	int = Trunc(f)
	return int, f - int
}

// Frexp and Ldexp: splitting a float into fraction and power of two and
// joining them again.
package math

// Frexp breaks f into a fraction in [0.5, 1) and a power of two, with
// f == frac × 2**exp. Zeros, infinities and NaN return (f, 0).
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	if Abs(f) < 0x1p-1022 { // subnormal: scale into the normal range
		f *= 0x1p52
		exp = -52
	}
	b := Float64bits(f)
	exp += unbiasedExp(b) + 1
	b = b&^(expMask<<fracBits) | (expBias-1)<<fracBits
	return Float64frombits(b), exp
}

// Ldexp returns frac × 2**exp, correctly rounded.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	f, e := Frexp(frac)
	exp += e - 1 // f*2 is in [1, 2): the result is (f*2) × 2**exp
	if exp < -1075 {
		return Copysign(0, frac) // below half the smallest subnormal
	}
	if exp > 1023 {
		return Copysign(Inf(1), frac)
	}
	scale := 1.0
	if exp < -1022 {
		exp += 53 // build a normal number, then round once into subnormals
		scale = 0x1p-53
	}
	b := Float64bits(f)&^(expMask<<fracBits) | uint64(exp+expBias)<<fracBits
	return scale * Float64frombits(b)
}

// Mod: the IEEE floating-point remainder with the dividend's sign (C's
// fmod). The result is exact, computed here on the integer significands:
// x = mx·2**ex, y = my·2**ey with ex >= ey, so x mod y = ((mx·2**(ex-ey))
// mod my)·2**ey, one bit of the shift at a time.
package math

// split returns f's significand and exponent (f == m·2**e), for finite
// nonzero f, ignoring the sign.
func split(f float64) (m uint64, e int) {
	b := Float64bits(f)
	be := int(b >> fracBits & expMask)
	if be == 0 {
		return b & fracMask, 1 - expBias - fracBits // subnormal
	}
	return b&fracMask | 1<<fracBits, be - expBias - fracBits
}

// Mod returns the floating-point remainder of x/y, with the sign of x.
// Mod(±Inf, y), Mod(NaN, y), Mod(x, 0) and Mod(x, NaN) are NaN;
// Mod(x, ±Inf) is x.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	if Abs(x) < Abs(y) || IsInf(y, 0) {
		return x
	}
	mx, ex := split(x)
	my, ey := split(y)
	r := mx % my
	for ; ex > ey && r != 0; ex-- {
		r = (r << 1) % my
	}
	// r·2**ey is exact and smaller than |y|: normalize it.
	e := ey
	for r != 0 && r < 1<<fracBits && e > 1-expBias-fracBits {
		r <<= 1
		e--
	}
	var b uint64
	if r >= 1<<fracBits {
		b = r&fracMask | uint64(e+expBias+fracBits)<<fracBits
	} else {
		b = r // zero or subnormal
	}
	return Float64frombits(b | Float64bits(x)&signMask)
}

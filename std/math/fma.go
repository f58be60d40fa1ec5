// FMA, the fused multiply-add x*y+z with a single rounding. With the FMA
// instruction (fma_amd64.s) it is one VFMADD231SD, as gc's intrinsic;
// without it the product is formed exactly in 128-bit integer arithmetic
// and added to z with a sticky bit, then rounded to nearest even. Both
// give the IEEE 754 fusedMultiplyAdd result, so they agree bit for bit.
// useFMA also selects Exp's fused evaluation, as gc does on such
// processors.
package math

var useFMA = cpuHasFMA()

func cpuHasFMA() bool
func fmaHW(x, y, z float64) float64

// FMA returns x*y+z computed with only one rounding.
func FMA(x, y, z float64) float64 {
	if useFMA {
		return fmaHW(x, y, z)
	}
	return fmaSoft(x, y, z)
}

// mul64 returns the 128-bit product of a and b as (hi, lo).
func mul64(a, b uint64) (hi, lo uint64) {
	const m32 = 1<<32 - 1
	a0, a1 := a&m32, a>>32
	b0, b1 := b&m32, b>>32
	w0 := a0 * b0
	t := a1*b0 + w0>>32
	w1, w2 := t&m32, t>>32
	w1 += a0 * b1
	hi = a1*b1 + w2 + w1>>32
	lo = a * b
	return
}

// nlz64 returns the number of leading zero bits of x (64 for 0).
func nlz64(x uint64) int {
	n := 0
	if x == 0 {
		return 64
	}
	for x>>63 == 0 {
		if x>>32 == 0 {
			x <<= 32
			n += 32
			continue
		}
		if x>>48 == 0 {
			x <<= 16
			n += 16
			continue
		}
		x <<= 1
		n++
	}
	return n
}

// shr128 shifts (hi, lo) right by s bits, or-ing the lost bits into the
// lowest bit (a sticky bit).
func shr128(hi, lo uint64, s int) (uint64, uint64) {
	switch {
	case s == 0:
		return hi, lo
	case s < 64:
		sticky := uint64(0)
		if lo<<uint(64-s) != 0 {
			sticky = 1
		}
		return hi >> uint(s), lo>>uint(s) | hi<<uint(64-s) | sticky
	case s < 128:
		sticky := uint64(0)
		if lo != 0 || hi<<uint(128-s) != 0 {
			sticky = 1
		}
		return 0, hi>>uint(s-64) | sticky
	}
	if hi|lo != 0 {
		return 0, 1
	}
	return 0, 0
}

// unpack splits finite nonzero f into sign, significand normalized with
// its leading bit at bit 63, and exponent: |f| = m × 2**(e-63).
func unpack(f float64) (neg bool, m uint64, e int) {
	b := Float64bits(f)
	neg = b&signMask != 0
	be := int(b >> fracBits & expMask)
	m = b & fracMask
	if be == 0 {
		e = 1 - expBias
	} else {
		m |= 1 << fracBits
		e = be - expBias
	}
	n := nlz64(m)
	return neg, m << uint(n), e + 11 - n
}

// fmaSoft is FMA without the instruction.
func fmaSoft(x, y, z float64) float64 {
	if x == 0 || y == 0 || z == 0 || IsInf(x, 0) || IsInf(y, 0) || IsNaN(x) || IsNaN(y) || IsNaN(z) {
		// The product is exact (zero or infinite), the result NaN, or
		// z is zero: then gc's fallback also rounds x*y and adds z (so
		// an underflowing negative product plus +0 is +0).
		return x*y + z
	}
	if IsInf(z, 0) {
		return z // a finite product cannot cancel an infinity
	}
	xs, xm, xe := unpack(x)
	ys, ym, ye := unpack(y)
	zs, zm, ze := unpack(z)
	// Product: (ph, pl) × 2**(pe-126), with ph's top bit at 127 or 126.
	ph, pl := mul64(xm, ym)
	pe := xe + ye
	ps := xs != ys
	if ph>>63 == 0 { // normalize to bit 127
		ph = ph<<1 | pl>>63
		pl <<= 1
	} else {
		pe++
	}
	// Now |p| = (ph,pl) × 2**(pe-127); z as 128 bits the same way.
	zh, zl := zm, uint64(0)
	// Align the smaller exponent to the larger, with a sticky bit. Keep
	// one guard bit of headroom for a carry: shift both right by 1 first.
	ph, pl = shr128(ph, pl, 1)
	zh, zl = shr128(zh, zl, 1)
	e := pe
	if ze > pe || ze == pe && zh > ph {
		ph, pl, zh, zl = zh, zl, ph, pl
		ps, zs = zs, ps
		pe, ze = ze, pe
		e = pe
	}
	zh, zl = shr128(zh, zl, pe-ze)
	var rh, rl uint64
	if ps == zs {
		rl = pl + zl
		c := uint64(0)
		if rl < pl {
			c = 1
		}
		rh = ph + zh + c
	} else {
		rl = pl - zl
		bw := uint64(0)
		if pl < zl {
			bw = 1
		}
		rh = ph - zh - bw
	}
	if rh == 0 && rl == 0 {
		// Exact cancellation. IEEE says +0; gc's fallback keeps the
		// product's sign, and so does this one.
		return Copysign(0, boolSign(ps))
	}
	// |r| = (rh,rl) × 2**(e-126). Normalize so bit 127 is the leading one.
	n := nlz64(rh)
	if rh == 0 {
		n = 64 + nlz64(rl)
	}
	if n > 0 {
		if n >= 64 {
			rh, rl = rl<<uint(n-64), 0
		} else {
			rh, rl = rh<<uint(n)|rl>>uint(64-n), rl<<uint(n)
		}
	}
	e = e + 1 - n // |r| = (rh,rl) × 2**(e-127), leading bit weight 2**e
	// Round to 53 bits (fewer for subnormals).
	keep := 53
	if e < -1022 {
		keep = 53 - (-1022 - e)
		if keep < 0 {
			keep = 0
		}
	}
	// mant = top `keep` bits of rh; rest is round and sticky.
	var mant uint64
	var half, rest bool
	if keep == 0 {
		mant = 0
		// The leading bit weighs half the smallest subnormal when
		// e == -1075; below that everything rounds to zero.
		half = e == -1075
		rest = rh<<1 != 0 || rl != 0 || e < -1075
	} else {
		mant = rh >> uint(64-keep)
		rb := rh << uint(keep)
		half = rb>>63 != 0
		rest = rb<<1 != 0 || rl != 0
	}
	if half && (rest || mant&1 != 0) {
		mant++
	}
	var bits uint64
	if e >= -1022 {
		if mant == 1<<53 {
			mant >>= 1
			e++
		}
		if e > 1023 {
			return Copysign(Inf(1), boolSign(ps))
		}
		bits = uint64(e+expBias)<<fracBits | mant&fracMask
	} else {
		bits = mant // subnormal; a carry into bit 52 makes it the smallest normal
	}
	if ps {
		bits |= signMask
	}
	return Float64frombits(bits)
}

func boolSign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}

// Exponentials: Exp, Exp2 and Expm1.
//
// Exp follows the method gc uses on amd64 (after N. Shibata, "Efficient
// evaluation methods of elementary functions suitable for SIMD
// computation", ISC'10, from the public-domain SLEEF library): with
// k = round(x/ln 2), r = (x - k·ln2)/16, e**r - 1 is a degree-8 Taylor
// polynomial, squared back four times as y(y+2), then scaled by 2**k.
// When the processor has FMA the reduction and the polynomial are fused
// multiply-adds, as gc's assembly does, so results match gc's bit for bit
// on either kind of processor.
//
// Exp2 and Expm1 are FreeBSD msun's algorithms (fdlibm's e_exp.c
// reduction and s_expm1.c), as in Go's pure Go versions.
package math

// Exp returns e**x. Exp(+Inf) = +Inf, Exp(-Inf) = 0, Exp(NaN) = NaN, and
// very large or very small x overflow to +Inf or underflow to 0.
func Exp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2Upper = 0.69314718055966295651160180568695068359375
		ln2Lower = 0.28235290563031577122588448175013436025525412068e-12
		overflow = 7.09782712893384e+02
		inv2     = 1.0 / 2
		inv6     = 1.6666666666666666667e-1
		inv24    = 4.1666666666666666667e-2
		inv120   = 8.3333333333333333333e-3
		inv720   = 1.3888888888888888889e-3
		inv5040  = 1.9841269841269841270e-4
		inv40320 = 2.4801587301587301587e-5
	)
	b := Float64bits(x)
	if b&^signMask >= uvInf { // ±Inf or NaN
		if b == uvInf|signMask {
			return 0
		}
		return x
	}
	if x > overflow {
		return Inf(1)
	}
	// k = x/ln2 rounded to nearest even, as CVTSD2SL does; out of the
	// int32 range it is the "integer indefinite" MinInt32 (x is tiny).
	kf := RoundToEven(log2e * x)
	if kf < MinInt32 {
		kf = MinInt32
	}
	k := int(kf)
	var y float64
	if useFMA {
		x = fmaHW(-kf, ln2Upper, x)
		x = fmaHW(-kf, ln2Lower, x)
		x *= 0.0625
		p := fmaHW(inv40320, x, inv5040)
		p = fmaHW(p, x, inv720)
		p = fmaHW(p, x, inv120)
		p = fmaHW(p, x, inv24)
		p = fmaHW(p, x, inv6)
		p = fmaHW(p, x, inv2)
		p = fmaHW(p, x, 1)
		y = x * p
		y *= y + 2
		y *= y + 2
		y *= y + 2
		y = fmaHW(y, y+2, 1)
	} else {
		x -= ln2Upper * kf
		x -= ln2Lower * kf
		x *= 0.0625
		p := ((((((inv40320*x+inv5040)*x+inv720)*x+inv120)*x+inv24)*x+inv6)*x+inv2)*x + 1
		y = x * p
		y *= y + 2
		y *= y + 2
		y *= y + 2
		y *= y + 2
		y++
	}
	// y × 2**k, through a subnormal scale when the biased exponent is
	// not positive (as gc: two multiplications, each rounded).
	e := k + expBias
	if e <= 0 {
		if e < -52 {
			return 0
		}
		y *= Float64frombits(uint64(e+expBias-1) << fracBits)
		e = 1
	} else if e >= 0x7FF {
		return Inf(1)
	}
	return y * Float64frombits(uint64(e)<<fracBits)
}

// expmulti returns e**r × 2**k where r = hi - lo, |r| <= ln2/2
// (fdlibm's rational approximation of e**r).
func expmulti(hi, lo float64, k int) float64 {
	const (
		P1 = 1.66666666666666657415e-01  // 0x3FC555555555 5555
		P2 = -2.77777777770155933842e-03 // 0xBF66C16C16BEBD93
		P3 = 6.61375632143793436117e-05  // 0x3F11566AAF25DE2C
		P4 = -1.65339022054652515390e-06 // 0xBEBBBD41C5D26BF1
		P5 = 4.13813679705723846039e-08  // 0x3E66376972BEA4D0
	)
	r := hi - lo
	t := r * r
	c := r - t*(P1+t*(P2+t*(P3+t*(P4+t*P5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Exp2 returns 2**x, with the special cases of Exp.
func Exp2(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// x = k + t with k the nearest integer (halves away from zero).
	k := 0
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expmulti(t*ln2Hi, -t*ln2Lo, k)
}

// Expm1 returns e**x - 1, accurate also for x near zero.
// Expm1(+Inf) = +Inf, Expm1(-Inf) = -1, Expm1(NaN) = NaN.
func Expm1(x float64) float64 {
	const (
		oThreshold = 7.09782712893383973096e+02 // 0x40862E42FEFA39EF
		ln2X56     = 3.88162421113569373274e+01 // 0x4043687a9f1af2b1
		ln2HalfX3  = 1.03972077083991796413e+00 // 0x3ff0a2b23f3bab73
		ln2Half    = 3.46573590279972654709e-01 // 0x3fd62e42fefa39ef
		ln2Hi      = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		ln2Lo      = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		invLn2     = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
		tiny       = 1.0 / (1 << 54)
		// Coefficients of the rational approximation (fdlibm's Q1..Q5).
		q1 = -3.33333333333331316428e-02 // 0xBFA11111111110F4
		q2 = 1.58730158725481460165e-03  // 0x3F5A01A019FE5585
		q3 = -7.93650757867487942473e-05 // 0xBF14CE199EAADBB7
		q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA86E65239
		q5 = -2.01099218183624371326e-07 // 0xBE8AFDB76E09C32D
	)
	if IsInf(x, 1) || IsNaN(x) {
		return x
	}
	if IsInf(x, -1) {
		return -1
	}
	ax, neg := x, x < 0
	if neg {
		ax = -ax
	}
	if ax >= ln2X56 {
		if neg {
			return -1
		}
		if ax >= oThreshold {
			return Inf(1)
		}
	}
	// Reduce: x = k·ln2 + r, r = hi - lo with c the rounding correction.
	var c float64
	k := 0
	if ax > ln2Half {
		var hi, lo float64
		if ax < ln2HalfX3 {
			if neg {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if neg {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			kf := float64(k)
			hi = x - kf*ln2Hi
			lo = kf * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if ax < tiny {
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		return Float64frombits(Float64bits(y)+uint64(k)<<fracBits) - 1
	case k < 20:
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1 - 2**-k
		y := t - (e - x)
		return Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
	}
	t = Float64frombits(uint64(0x3ff-k) << fracBits) // 2**-k
	y := x - (e + t)
	y++
	return Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
}

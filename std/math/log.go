// Logarithms: Log, Log2, Log10 and Log1p.
//
// Log is fdlibm's e_log.c method in the simplified form gc's amd64
// assembly evaluates: x = 2**k × f1 with f1 in (√2/2, √2], f = f1 - 1,
// s = f/(2+f), log(1+f) = f - hfsq + s(hfsq + R(s²)) with fdlibm's
// polynomial R, and k·ln2 added in two parts. Like that assembly, it takes
// the exponent and fraction straight from the bits, so subnormal inputs
// get the same (imprecise) results as gc's.
//
// Log1p is FreeBSD msun's s_log1p.c, as in Go's pure Go version.
package math

// Polynomial of fdlibm's log and log1p (Lg1..Lg7).
const (
	lg1 = 6.666666666666735130e-01 // 0x3FE5555555555593
	lg2 = 3.999999999940941908e-01 // 0x3FD999999997FA04
	lg3 = 2.857142874366239149e-01 // 0x3FD2492494229359
	lg4 = 2.222219843214978396e-01 // 0x3FCC71C51D8E78AF
	lg5 = 1.818357216161805012e-01 // 0x3FC7466496CB03DE
	lg6 = 1.531383769920937332e-01 // 0x3FC39A09D078C69F
	lg7 = 1.479819860511658591e-01 // 0x3FC2F112DF3E5244

	ln2Hi = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
	ln2Lo = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
)

// Log returns the natural logarithm of x. Log(+Inf) = +Inf, Log(0) =
// -Inf, Log(x < 0) = NaN, Log(NaN) = NaN.
func Log(x float64) float64 {
	const halfSqrt2 = 7.07106781186547524401e-01
	b := Float64bits(x)
	switch {
	case b&^signMask == 0:
		return Inf(-1)
	case b&signMask != 0:
		return NaN()
	case b >= uvInf:
		return x
	}
	f1 := Float64frombits(b&fracMask | 0x3FE0000000000000)
	k := float64(int(b>>fracBits&expMask) - (expBias - 1))
	if f1 <= halfSqrt2 {
		k--
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (lg1 + s4*(lg3+s4*(lg5+s4*lg7)))
	t2 := s4 * (lg2 + s4*(lg4+s4*lg6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x, with Log's special cases.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x, with Log's special cases;
// exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1+x, accurate also for x near
// zero. Log1p(+Inf) = +Inf, Log1p(±0) = ±0, Log1p(-1) = -Inf,
// Log1p(x < -1) = NaN, Log1p(NaN) = NaN.
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01  // √2-1
		sqrt2HalfM1 = -2.928932188134524755992e-01 // √2/2-1
		small       = 1.0 / (1 << 29)
		tiny        = 1.0 / (1 << 54)
		two53       = 1 << 53
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	ax := Abs(x)
	var f, c float64
	var iu uint64
	k := 1
	if ax < sqrt2M1 {
		if ax < small {
			if ax < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 { // 1+x in (√2/2, √2): no reduction
			k, f, iu = 0, x, 1
		}
	}
	if k != 0 {
		var u float64
		if ax < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int(iu>>fracBits) - expBias
			if k > 0 { // c corrects the rounding of 1+x
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int(iu>>fracBits) - expBias
			c = 0
		}
		iu &= fracMask
		if iu < 0x0006a09e667f3bcd { // fraction of √2
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	kf := float64(k)
	if iu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += kf * ln2Lo
			return kf*ln2Hi + c
		}
		R := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return kf*ln2Hi - ((R - (kf*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	R := z * (lg1 + z*(lg2+z*(lg3+z*(lg4+z*(lg5+z*(lg6+z*lg7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return kf*ln2Hi - ((hfsq - (s*(hfsq+R) + (kf*ln2Lo + c))) - f)
}

// FormatFloat and AppendFloat: a float's exact decimal value (decimal.go),
// rounded to the requested precision or, for precision -1, to the
// shortest digit string that reads back as the same float, then laid out
// for the 'e', 'E', 'f', 'g', 'G' and 'b' formats exactly as gc's ('x'
// and 'X' are in ftoax.go).
package strconv

import "math"

// floatInfo describes a binary floating-point format.
type floatInfo struct {
	mantbits uint
	expbits  uint
	bias     int
}

var float32info = floatInfo{23, 8, -127}
var float64info = floatInfo{52, 11, -1023}

// FormatFloat converts f to a string in format fmt ('b', 'e', 'E', 'f',
// 'g', 'G', 'x', 'X') with precision prec (-1: the fewest digits that read back
// exactly), assuming f came from a float of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(genericFtoa(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat's result to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return genericFtoa(dst, f, fmt, prec, bitSize)
}

func genericFtoa(dst []byte, val float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var flt *floatInfo
	switch bitSize {
	case 32:
		bits = uint64(math.Float32bits(float32(val)))
		flt = &float32info
	case 64:
		bits = math.Float64bits(val)
		flt = &float64info
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	neg := bits>>(flt.expbits+flt.mantbits) != 0
	exp := int(bits>>flt.mantbits) & (1<<flt.expbits - 1)
	mant := bits & (uint64(1)<<flt.mantbits - 1)
	switch exp {
	case 1<<flt.expbits - 1:
		s := "NaN"
		if mant == 0 {
			s = "+Inf"
			if neg {
				s = "-Inf"
			}
		}
		return append(dst, s...)
	case 0:
		exp++ // subnormal
	default:
		mant |= uint64(1) << flt.mantbits
	}
	exp += flt.bias
	if fmt == 'b' {
		return fmtB(dst, neg, mant, exp, flt)
	}
	if fmt == 'x' || fmt == 'X' {
		return fmtX(dst, prec, fmt, neg, mant, exp, flt)
	}
	if fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G' {
		return append(dst, '%', fmt)
	}
	shortest := prec < 0
	var d *decimal
	n := digitsFor(exp - int(flt.mantbits) - 2)
	if shortest {
		// One allocation for the value and roundShortest's three scratch
		// numbers, sized for this float.
		sc := new(shortestScratch)
		buf := make([]byte, 4*n)
		sc.d.d, sc.upper.d, sc.lower.d, sc.c.d = buf[:n:n], buf[n:2*n:2*n], buf[2*n:3*n:3*n], buf[3*n:]
		d = &sc.d
		d.assign(mant)
		d.Shift(exp - int(flt.mantbits))
		roundShortest(d, mant, exp, flt, sc)
		switch fmt {
		case 'e', 'E':
			prec = max(d.nd-1, 0)
		case 'f':
			prec = max(d.nd-d.dp, 0)
		case 'g', 'G':
			prec = d.nd
		}
	} else {
		d = newDecimal(n)
		d.assign(mant)
		d.Shift(exp - int(flt.mantbits))
		switch fmt {
		case 'e', 'E':
			d.Round(prec + 1)
		case 'f':
			d.Round(d.dp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			d.Round(prec)
		}
	}
	return formatDigits(dst, shortest, neg, d, prec, fmt)
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// roundShortest rounds d (the exact value of mant × 2**(exp-mantbits)) to
// the fewest digits that still lie strictly between the halfway points to
// the neighbouring floats (or on them, when mant is even: round-to-even
// reads them back as this float). When rounding down and up both work,
// it rounds to nearest.
// shortestScratch holds FormatFloat's value and roundShortest's bounds.
type shortestScratch struct {
	d, upper, lower, c decimal
}

func roundShortest(d *decimal, mant uint64, exp int, flt *floatInfo, sc *shortestScratch) {
	if mant == 0 {
		d.nd = 0
		return
	}
	minexp := flt.bias + 1
	if exp > minexp && 332*(d.dp-d.nd) >= 100*(exp-int(flt.mantbits)) {
		return // an integer whose trailing zeros exceed the precision
	}
	// upper = (2·mant+1) × 2**(exp-mantbits-1), halfway to the next float.
	upper := &sc.upper
	upper.assign(mant*2 + 1)
	upper.Shift(exp - int(flt.mantbits) - 1)
	// lower: halfway to the previous float, which is half as far away
	// when mant is a power of two (except at the smallest exponent).
	mantlo, explo := mant-1, exp
	if mant <= uint64(1)<<flt.mantbits && exp != minexp {
		mantlo, explo = mant*2-1, exp-1
	}
	lower := &sc.lower
	lower.assign(mantlo*2 + 1)
	lower.Shift(explo - int(flt.mantbits) - 1)
	inclusive := mant%2 == 0

	c := &sc.c
	for n := d.dp - upper.dp + 1; n < d.nd; n++ {
		c.set(d)
		c.RoundDown(n)
		if n <= 0 {
			c.nd, c.dp = 0, 0
		}
		k := c.cmp(lower)
		okDown := k > 0 || inclusive && k == 0
		c.set(d)
		c.RoundUp(n)
		k = c.cmp(upper)
		okUp := k < 0 || inclusive && k == 0
		switch {
		case okDown && okUp:
			d.Round(n)
			return
		case okDown:
			d.RoundDown(n)
			return
		case okUp:
			d.RoundUp(n)
			return
		}
	}
}

// formatDigits lays out the digits of d for fmt with precision prec.
func formatDigits(dst []byte, shortest bool, neg bool, d *decimal, prec int, fmt byte) []byte {
	switch fmt {
	case 'e', 'E':
		return fmtE(dst, neg, d, prec, fmt)
	case 'f':
		return fmtF(dst, neg, d, prec)
	}
	// 'g', 'G': %e for large and small exponents, %f otherwise.
	eprec := prec
	if eprec > d.nd && d.nd >= d.dp {
		eprec = d.nd
	}
	if shortest {
		eprec = 6
	}
	exp := d.dp - 1
	if exp < -4 || exp >= eprec {
		if prec > d.nd {
			prec = d.nd
		}
		return fmtE(dst, neg, d, prec-1, fmt+'e'-'g')
	}
	if prec > d.dp {
		prec = d.nd
	}
	return fmtF(dst, neg, d, max(prec-d.dp, 0))
}

// fmtE formats -d.ddddde±dd.
func fmtE(dst []byte, neg bool, d *decimal, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	ch := byte('0')
	if d.nd != 0 {
		ch = '0' + d.d[0]
	}
	dst = append(dst, ch)
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			ch = '0'
			if i < d.nd {
				ch = '0' + d.d[i]
			}
			dst = append(dst, ch)
		}
	}
	dst = append(dst, fmt)
	exp := d.dp - 1
	if d.nd == 0 {
		exp = 0
	}
	if exp < 0 {
		ch = '-'
		exp = -exp
	} else {
		ch = '+'
	}
	dst = append(dst, ch)
	switch {
	case exp < 10:
		dst = append(dst, '0', byte(exp)+'0')
	case exp < 100:
		dst = append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	default:
		dst = append(dst, byte(exp/100)+'0', byte(exp/10)%10+'0', byte(exp%10)+'0')
	}
	return dst
}

// fmtF formats -ddddd.ddddd.
func fmtF(dst []byte, neg bool, d *decimal, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		for i := 0; i < d.dp; i++ {
			ch := byte('0')
			if i < d.nd {
				ch = '0' + d.d[i]
			}
			dst = append(dst, ch)
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			ch := byte('0')
			if j := d.dp + i - 1; 0 <= j && j < d.nd {
				ch = '0' + d.d[j]
			}
			dst = append(dst, ch)
		}
	}
	return dst
}

// fmtB formats -ddddp±ddd: the integer mantissa and binary exponent.
func fmtB(dst []byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = appendBits(dst, mant, 10, false)
	dst = append(dst, 'p')
	exp -= int(flt.mantbits)
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

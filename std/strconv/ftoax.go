// FormatFloat's 'x' and 'X' formats: -0x1.hhhhp±dd, the significand in
// hexadecimal with one leading digit (0 only for zero), rounded half to
// even to prec hexadecimal digits (prec < 0: as few as exact), and the
// binary exponent in decimal with at least two digits.
package strconv

// fmtX appends mant × 2**(exp-mantbits) in format fmt ('x' or 'X').
func fmtX(dst []byte, prec int, fmt byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if mant == 0 {
		exp = 0
	}
	// Normalize: the leading 1 at bit 60, the 15 hex digits below it.
	mant <<= 60 - flt.mantbits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if prec >= 0 && prec < 15 {
		drop := uint(60 - 4*prec) // bits below the kept digits
		rest := mant & (uint64(1)<<drop - 1)
		half := uint64(1) << (drop - 1)
		mant >>= drop
		if rest > half || rest == half && mant&1 == 1 {
			mant++
		}
		mant <<= drop
		if mant&(1<<61) != 0 { // carried into a new leading digit
			mant >>= 1
			exp++
		}
	}
	hexDigits := lowerhex
	if fmt == 'X' {
		hexDigits = "0123456789ABCDEF"
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, '0'+byte(mant>>60&1))
	mant <<= 4 // drop the leading digit
	if prec < 0 && mant != 0 {
		dst = append(dst, '.')
		for mant != 0 {
			dst = append(dst, hexDigits[mant>>60&15])
			mant <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, hexDigits[mant>>60&15])
			mant <<= 4
		}
	}
	if fmt == 'X' {
		dst = append(dst, 'P')
	} else {
		dst = append(dst, 'p')
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return appendBits(dst, uint64(exp), 10, false)
}

// The core of ParseFloat: Go's float syntax (decimal or hexadecimal
// mantissa, optional exponent, underscores after a base prefix or between
// digits, "inf"/"infinity"/"nan"), read into an exact decimal, then
// rounded once to the nearest float32 or float64 (ties to even). The
// result is the correctly rounded value, which is what gc's
// Eisel-Lemire and fallback paths compute too.
package strconv

import "math"

// special parses a signed "inf"/"infinity" or an unsigned "nan" (any
// case) at the start of s, returning the value and its length.
func special(s string) (f float64, n int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	sign, nsign := 1, 0
	if s[0] == '+' || s[0] == '-' {
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
	}
	if n := prefixFold(s, "infinity"); n == 8 || n >= 3 {
		if n != 8 {
			n = 3
		}
		return math.Inf(sign), nsign + n, true
	}
	if nsign == 0 && prefixFold(s, "nan") == 3 {
		return math.NaN(), 3, true
	}
	return 0, 0, false
}

// prefixFold returns the length of the common prefix of s and the lower
// case word, ignoring ASCII case.
func prefixFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}

// readFloat parses a float literal at the start of s into d (decimal
// mantissa) or into mant × 2**exp2 (hexadecimal, with trunc as sticky
// bit), returning the number of bytes read.
func readFloat(s string, d *decimal) (neg, hex bool, mant uint64, exp2 int, n int, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base := 10
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		hex = true
		expChar = 'p'
		i += 2
	}
	underscores, sawDot, sawDigits := false, false, false
	nd, ndMant, dp := 0, 0, 0 // digits seen, digits kept, decimal point
	d.nd, d.dp, d.trunc = 0, 0, false
loop:
	for ; i < len(s); i++ {
		c := s[i]
		var v byte
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawDot {
				break loop
			}
			sawDot = true
			dp = nd
			continue
		case '0' <= c && c <= '9':
			v = c - '0'
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			v = lower(c) - 'a' + 10
		default:
			break loop
		}
		sawDigits = true
		if v == 0 && nd == 0 { // leading zero: only moves the point
			dp--
			continue
		}
		nd++
		if hex {
			if ndMant < 16 {
				mant = mant*16 + uint64(v)
				ndMant++
			} else if v != 0 {
				d.trunc = true
			}
		} else if d.nd < len(d.d) {
			d.d[d.nd] = v
			d.nd++
		} else if v != 0 {
			d.trunc = true
		}
	}
	if !sawDigits {
		return
	}
	if !sawDot {
		dp = nd
	}
	e := 0
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		e *= esign
	} else if hex {
		return // a hexadecimal mantissa needs a 'p' exponent
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	if hex {
		exp2 = dp*4 - ndMant*4 + e
	} else {
		d.dp = dp + e
		d.trim()
	}
	return neg, hex, mant, exp2, i, true
}

// decimalToFloat rounds d to the nearest float of format flt, returning
// its bits and whether it overflowed (the bits are then ±Inf's).
func decimalToFloat(d *decimal, neg bool, flt *floatInfo) (bits uint64, overflow bool) {
	var mant uint64
	exp := 0
	maxExp := 1<<flt.expbits - 1 + flt.bias // the largest unbiased exponent + 1
	switch {
	case d.nd == 0:
		exp = flt.bias // zero
		goto out
	case d.dp > 310:
		goto overflow
	case d.dp < -330:
		exp = flt.bias
		goto out
	}
	// Scale d into [0.5, 1) by powers of two: value = d × 2**exp.
	for {
		if d.dp > 1 {
			n := min(3*(d.dp-1), maxShift)
			d.Shift(-n)
			exp += n
		} else if d.dp == 1 {
			d.Shift(-1)
			exp++
		} else if d.dp < 0 {
			n := min(-3*d.dp, maxShift)
			d.Shift(n)
			exp -= n
		} else if d.d[0] < 5 {
			d.Shift(1)
			exp--
		} else {
			break
		}
	}
	// Now value = 1.xxx × 2**(exp-1); below the normal range, shift the
	// extra exponent into the mantissa (a subnormal).
	exp--
	if exp < flt.bias+1 {
		n := flt.bias + 1 - exp
		d.Shift(-n)
		exp += n
	}
	if exp >= maxExp {
		goto overflow
	}
	d.Shift(int(1 + flt.mantbits))
	mant = d.roundedInteger()
	if mant == uint64(2)<<flt.mantbits { // rounding carried into a new bit
		mant >>= 1
		exp++
		if exp >= maxExp {
			goto overflow
		}
	}
	if mant&(uint64(1)<<flt.mantbits) == 0 {
		exp = flt.bias // subnormal
	}
	goto out
overflow:
	mant = 0
	exp = 1<<flt.expbits - 1 + flt.bias
	overflow = true
out:
	bits = mant & (uint64(1)<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		bits |= uint64(1) << flt.mantbits << flt.expbits
	}
	return bits, overflow
}

// parseFloat is ParseFloat: the value, and errSyntax or errRange (with
// ±Inf) on failure.
func parseFloat(s string, bitSize int) (float64, errKind) {
	if f, n, ok := special(s); ok {
		if n != len(s) {
			return 0, errSyntax
		}
		if bitSize == 32 {
			f = float64(float32(f)) // float32's NaN
		}
		return f, errNone
	}
	d := newDecimal(maxDigits)
	neg, hex, mant, exp2, n, ok := readFloat(s, d)
	if !ok || n != len(s) {
		return 0, errSyntax
	}
	if hex { // exact: mant × 2**exp2, with d.trunc as a sticky bit
		trunc := d.trunc
		d.assign(mant)
		d.Shift(exp2)
		d.trunc = d.trunc || trunc
	}
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	bits, overflow := decimalToFloat(d, neg, flt)
	var f float64
	if bitSize == 32 {
		f = float64(math.Float32frombits(uint32(bits)))
	} else {
		f = math.Float64frombits(bits)
	}
	if overflow {
		return f, errRange
	}
	return f, errNone
}

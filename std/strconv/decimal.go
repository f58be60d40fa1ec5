// decimal: an exact multi-digit decimal number, the arithmetic behind
// FormatFloat and ParseFloat. A float64's exact value has at most 767
// significant digits, so 800 digits hold every value exactly; longer
// inputs (ParseFloat) keep the first 800 and set trunc, which counts as
// a sticky nonzero digit when rounding. The digit buffer is a slice:
// ParseFloat gives it maxDigits, FormatFloat only what the float's exact
// value needs (digitsFor), usually a few dozen bytes.
//
// Value = 0.d[0]d[1]...d[nd-1] × 10**dp, with digits as 0..9, no
// trailing zeros, and nd == 0 for zero. Multiplying or dividing by a
// power of two (Shift) is exact digit arithmetic, 60 bits at a time.
package strconv

type decimal struct {
	d     []byte
	nd    int  // number of digits used
	dp    int  // decimal point position
	trunc bool // nonzero digits were dropped beyond d
}

// maxDigits is the most digits a decimal ever holds.
const maxDigits = 800

// newDecimal returns a zero decimal with room for n digits.
func newDecimal(n int) *decimal { return &decimal{d: make([]byte, n)} }

// set makes a a copy of b (a's buffer must be as long as b's digits).
func (a *decimal) set(b *decimal) {
	copy(a.d, b.d[:b.nd])
	a.nd, a.dp, a.trunc = b.nd, b.dp, b.trunc
}

// digitsFor returns how many digits the exact value of a 53-bit integer
// times 2**shift can have, capped at maxDigits: about 0.3 digit per bit
// of a left shift and 0.7 per bit of a right shift (m/2**k = m·5**k /
// 10**k), rounded up generously, plus 20 for the integer itself.
func digitsFor(shift int) int {
	if shift < 0 {
		shift = -shift
	}
	n := 26 + shift
	if n > maxDigits {
		n = maxDigits
	}
	return n
}

// maxShift is the largest shift done at once: digit<<60 + carry fits in a
// uint64.
const maxShift = 60

// trim drops trailing zeros.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == 0 {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// assign sets a to the integer v.
func (a *decimal) assign(v uint64) {
	var buf [20]byte
	n := 0
	for v > 0 {
		buf[n] = byte(v % 10)
		v /= 10
		n++
	}
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trunc = false
	a.trim()
}

// leftShift multiplies a by 2**k, k <= maxShift, working from the last
// digit up and writing the new digits to a scratch array in reverse.
func (a *decimal) leftShift(k uint) {
	var rev [800 + 20]byte
	n := 0
	var carry uint64
	for i := a.nd - 1; i >= 0; i-- {
		v := uint64(a.d[i])<<k + carry
		rev[n] = byte(v % 10)
		carry = v / 10
		n++
	}
	for carry > 0 {
		rev[n] = byte(carry % 10)
		carry /= 10
		n++
	}
	a.dp += n - a.nd
	// Keep the n most significant digits that fit.
	drop := 0
	if n > len(a.d) {
		drop = n - len(a.d)
	}
	for i := 0; i < drop; i++ {
		if rev[i] != 0 {
			a.trunc = true
		}
	}
	a.nd = 0
	for i := n - 1; i >= drop; i-- {
		a.d[a.nd] = rev[i]
		a.nd++
	}
	a.trim()
}

// rightShift divides a by 2**k, k <= maxShift: long division from the
// first digit.
func (a *decimal) rightShift(k uint) {
	r := 0 // read index
	w := 0 // write index
	var n uint64
	for ; n>>k == 0; r++ { // take digits until the quotient has one
		if r >= a.nd {
			if n == 0 {
				a.nd = 0
				a.dp = 0
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r])
	}
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	for ; r < a.nd; r++ {
		c := a.d[r]
		a.d[w] = byte(n >> k)
		w++
		n = n&mask*10 + uint64(c)
	}
	for n > 0 { // the remainder's digits
		dig := byte(n >> k)
		n = n & mask * 10
		if w < len(a.d) {
			a.d[w] = dig
			w++
		} else if dig > 0 {
			a.trunc = true
		}
	}
	a.nd = w
	a.trim()
}

// Shift multiplies a by 2**k (divides, for k < 0).
func (a *decimal) Shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > 0 {
		s := k
		if s > maxShift {
			s = maxShift
		}
		a.leftShift(uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > maxShift {
			s = maxShift
		}
		a.rightShift(uint(s))
		k += s
	}
}

// shouldRoundUp reports whether keeping nd digits rounds up: above half,
// or exactly half and (truncated digits or odd last digit).
func (a *decimal) shouldRoundUp(nd int) bool {
	if a.d[nd] == 5 && nd+1 == a.nd {
		if a.trunc {
			return true
		}
		return nd > 0 && a.d[nd-1]%2 == 1
	}
	return a.d[nd] >= 5
}

// Round rounds a to nd digits, to nearest, ties to even.
func (a *decimal) Round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.shouldRoundUp(nd) {
		a.RoundUp(nd)
	} else {
		a.RoundDown(nd)
	}
}

// RoundDown truncates a to nd digits.
func (a *decimal) RoundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// RoundUp rounds a up to nd digits (nd <= 0: to the next power of ten).
func (a *decimal) RoundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	i := nd - 1
	for i >= 0 && a.d[i] == 9 {
		i--
	}
	if i < 0 { // all nines: 0.999 -> 1.000
		a.d[0] = 1
		a.nd = 1
		a.dp++
		return
	}
	a.d[i]++
	a.nd = i + 1
}

// roundedInteger returns a rounded to the nearest integer (ties to
// even); a must be below 2**64.
func (a *decimal) roundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i])
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.dp >= 0 && a.dp < a.nd && a.shouldRoundUp(a.dp) {
		n++
	}
	return n
}

// cmp compares a and b: -1, 0 or +1.
func (a *decimal) cmp(b *decimal) int {
	switch {
	case a.nd == 0 && b.nd == 0:
		return 0
	case a.nd == 0:
		return -1
	case b.nd == 0:
		return 1
	case a.dp != b.dp:
		if a.dp < b.dp {
			return -1
		}
		return 1
	}
	for i := 0; i < a.nd || i < b.nd; i++ {
		var x, y byte
		if i < a.nd {
			x = a.d[i]
		}
		if i < b.nd {
			y = b.d[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

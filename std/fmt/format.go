// format.go: the low-level formatter. A fmt holds the flags, width and
// precision of one verb and appends one formatted operand (an integer, a
// float, a string, a byte slice, a rune) to the printer's buffer, padded
// as the flags say. print.go picks which of these a verb and operand use.
package fmt

import (
	"strconv"
	"unicode/utf8"
)

// Digit sets: the 17th byte is the letter of the "0x" prefix.
const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

// Values of the isSigned parameters.
const (
	signed   = true
	unsigned = false
)

// fmtFlags: the flags of one verb. plusV and sharpV are %+v and %#v,
// which clear plus and sharp.
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	plusV       bool
	sharpV      bool
}

// fmt formats into *buf. wid and prec are only meaningful when
// widPresent/precPresent are set (clearflags leaves them alone, as gc's
// does, which State.Width and Precision show).
type fmt struct {
	buf *buffer
	fmtFlags
	wid  int
	prec int
	// intbuf is scratch space for numbers: 68 bytes hold a 64-bit value
	// in base 2 with sign and prefix.
	intbuf [68]byte
}

func (f *fmt) clearflags() { f.fmtFlags = fmtFlags{} }

func (f *fmt) init(buf *buffer) {
	f.buf = buf
	f.clearflags()
}

// writePadding appends n pad bytes: '0' with the zero flag, else ' '.
func (f *fmt) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if f.zero {
		c = '0'
	}
	b := *f.buf
	for ; n > 0; n-- {
		b = append(b, c)
	}
	*f.buf = b
}

// pad appends b padded to the width (in runes), on the left or, with
// the minus flag, on the right.
func (f *fmt) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	n := f.wid - utf8.RuneCount(b)
	if f.minus {
		f.buf.write(b)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		f.buf.write(b)
	}
}

// padString is pad for a string.
func (f *fmt) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	n := f.wid - utf8.RuneCountInString(s)
	if f.minus {
		f.buf.writeString(s)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		f.buf.writeString(s)
	}
}

// padNoZero pads b with spaces even when the zero flag is set: for
// numbers whose zeros were already placed, NaN and the infinities.
func (f *fmt) padNoZero(b []byte) {
	z := f.zero
	f.zero = false
	f.pad(b)
	f.zero = z
}

func (f *fmt) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats u as "U+0078", or with the sharp flag as
// "U+0078 'x'" when u is printable. The precision is the minimum number
// of hex digits (default 4).
func (f *fmt) fmtUnicode(u uint64) {
	digits := 4
	if f.precPresent && f.prec > 4 {
		digits = f.prec
	}
	var hex []byte
	for u2 := u; u2 > 0 || len(hex) == 0; u2 >>= 4 {
		hex = append(hex, udigits[u2&0xF])
	}
	out := make([]byte, 0, 2+digits+len(hex)+8)
	out = append(out, 'U', '+')
	for n := len(hex); n < digits; n++ {
		out = append(out, '0')
	}
	for i := len(hex) - 1; i >= 0; i-- {
		out = append(out, hex[i])
	}
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(u))
		out = append(out, '\'')
	}
	f.padNoZero(out)
}

// fmtInteger formats u (a two's-complement int64 when isSigned) in base
// 2, 8, 10 or 16. verb 'O' adds the "0o" prefix; digits gives the case of
// hex digits and of the "0x" prefix.
func (f *fmt) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	// The minimum number of digits: the precision, or with the zero flag
	// the width less room for a sign. With both, the precision wins and
	// padding is with spaces.
	minDigits := 0
	if f.precPresent {
		minDigits = f.prec
		if minDigits == 0 && u == 0 {
			// "%.0d" of 0 prints nothing but the padding.
			z := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = z
			return
		}
	} else if f.zero && f.widPresent {
		minDigits = f.wid
		if negative || f.plus || f.space {
			minDigits--
		}
	}
	// Digits, least significant first, then zeros, prefix and sign; the
	// whole is reversed at the end.
	size := 68
	if f.widPresent || f.precPresent {
		if n := 3 + f.wid + f.prec; n > size {
			size = n
		}
	}
	var rev []byte
	if size <= len(f.intbuf) {
		rev = f.intbuf[:0]
	} else {
		rev = make([]byte, 0, size)
	}
	b := uint64(base)
	for u >= b {
		rev = append(rev, digits[u%b])
		u /= b
	}
	rev = append(rev, digits[u])
	for len(rev) < minDigits {
		rev = append(rev, '0')
	}
	if f.sharp {
		switch base {
		case 2:
			rev = append(rev, 'b', '0')
		case 8:
			if rev[len(rev)-1] != '0' {
				rev = append(rev, '0')
			}
		case 16:
			rev = append(rev, digits[16], '0')
		}
	}
	if verb == 'O' {
		rev = append(rev, 'o', '0')
	}
	if negative {
		rev = append(rev, '-')
	} else if f.plus {
		rev = append(rev, '+')
	} else if f.space {
		rev = append(rev, ' ')
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	f.padNoZero(rev)
}

// truncateString cuts s to the precision, counted in runes.
func (f *fmt) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			if n == 0 {
				return s[:i]
			}
			n--
		}
	}
	return s
}

// truncate cuts b to the precision, counted in runes.
func (f *fmt) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			if n == 0 {
				return b[:i]
			}
			n--
			_, w := utf8.DecodeRune(b[i:])
			i += w
		}
	}
	return b
}

func (f *fmt) fmtS(s string) { f.padString(f.truncateString(s)) }

func (f *fmt) fmtBs(b []byte) { f.pad(f.truncate(b)) }

// fmtSbx hex-encodes b, or s when b is nil: the precision limits the
// number of bytes; the space flag separates bytes and, with sharp, gives
// each its own 0x; sharp alone puts one 0x in front.
func (f *fmt) fmtSbx(s string, b []byte, digits string) {
	n := len(b)
	if b == nil {
		n = len(s)
	}
	if f.precPresent && f.prec < n {
		n = f.prec
	}
	if n <= 0 {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	width := 2 * n
	if f.space {
		if f.sharp {
			width *= 2
		}
		width += n - 1
	} else if f.sharp {
		width += 2
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	out := *f.buf
	if f.sharp {
		out = append(out, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if i > 0 && f.space {
			out = append(out, ' ')
			if f.sharp {
				out = append(out, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		out = append(out, digits[c>>4], digits[c&0xF])
	}
	*f.buf = out
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

func (f *fmt) fmtSx(s, digits string) { f.fmtSbx(s, nil, digits) }

func (f *fmt) fmtBx(b []byte, digits string) { f.fmtSbx("", b, digits) }

// fmtQ formats s as a Go string literal: backquoted with sharp when it
// can be, ASCII-only escapes with plus.
func (f *fmt) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(f.intbuf[:0], s))
	} else {
		f.pad(strconv.AppendQuote(f.intbuf[:0], s))
	}
}

// runeOf is c as a rune, U+FFFD when out of range.
func runeOf(c uint64) rune {
	if c > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(c)
}

// fmtC formats c as the character it encodes.
func (f *fmt) fmtC(c uint64) { f.pad(utf8.AppendRune(f.intbuf[:0], runeOf(c))) }

// fmtQc formats c as a Go rune literal.
func (f *fmt) fmtQc(c uint64) {
	r := runeOf(c)
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(f.intbuf[:0], r))
	} else {
		f.pad(strconv.AppendQuoteRune(f.intbuf[:0], r))
	}
}

// fmtFloat formats v (of bit size 32 or 64) with strconv's verb and the
// default precision prec (-1: shortest), then applies the flags: sign,
// space, sharp (keep the point and trailing zeros) and zero padding after
// the sign. Infinities and NaN are never zero-padded.
func (f *fmt) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// num[0] is the sign, '+' when strconv wrote none.
	num := strconv.AppendFloat(f.intbuf[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.padNoZero(num)
		return
	}
	if f.sharp && verb != 'b' {
		num = f.keepPoint(num, verb, prec)
	}
	if f.plus || num[0] != '+' {
		if f.zero && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}

// keepPoint is the sharp flag on a formatted float: a decimal point
// always, and for %g/%G/%x the trailing zeros up to the precision (6 when
// shortest) counted in significant digits.
func (f *fmt) keepPoint(num []byte, verb rune, prec int) []byte {
	want := 0
	if verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x' {
		want = prec
		if want == -1 {
			want = 6
		}
	}
	// Split off the exponent: "e+07" or "p-03"; %x's mantissa may hold
	// an 'e' digit, its exponent starts with 'p'.
	mant, exp := num, []byte(nil)
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			mant = num[:i]
			exp = append(exp, num[i:]...)
			break
		}
	}
	point := false
	nonzero := false
	for i := 1; i < len(mant); i++ {
		c := mant[i]
		if c == '.' {
			point = true
			continue
		}
		if c != '0' {
			nonzero = true
		}
		if nonzero {
			want--
		}
	}
	if !point {
		if len(mant) == 2 && mant[1] == '0' {
			want--
		}
		mant = append(mant, '.')
	}
	for ; want > 0; want-- {
		mant = append(mant, '0')
	}
	return append(mant, exp...)
}

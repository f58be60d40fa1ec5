// UTF-8 for range loops over strings and rune conversions: decoderune
// (the compiler's helper for multi-byte sequences) and encoderune.

package runtime

const (
	runeError = '\uFFFD'
	runeSelf  = 0x80
	maxRune   = '\U0010FFFF'

	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decoderune decodes the rune starting at s[k] and returns it with the
// index just after it. An invalid or truncated sequence yields runeError
// and advances one byte, as the spec requires.
func decoderune(s string, k int) (r rune, next int) {
	if k >= len(s) {
		return runeError, k + 1
	}
	c0 := s[k]
	if c0 < runeSelf {
		return rune(c0), k + 1
	}
	n := len(s) - k
	switch {
	case c0 >= 0xC2 && c0 <= 0xDF:
		if n >= 2 && cont(s[k+1]) {
			return rune(c0&0x1F)<<6 | rune(s[k+1]&0x3F), k + 2
		}
	case c0 >= 0xE0 && c0 <= 0xEF:
		if n >= 3 && cont(s[k+1]) && cont(s[k+2]) {
			r := rune(c0&0x0F)<<12 | rune(s[k+1]&0x3F)<<6 | rune(s[k+2]&0x3F)
			if r >= 0x800 && !(r >= surrogateMin && r <= surrogateMax) {
				return r, k + 3
			}
		}
	case c0 >= 0xF0 && c0 <= 0xF4:
		if n >= 4 && cont(s[k+1]) && cont(s[k+2]) && cont(s[k+3]) {
			r := rune(c0&0x07)<<18 | rune(s[k+1]&0x3F)<<12 | rune(s[k+2]&0x3F)<<6 | rune(s[k+3]&0x3F)
			if r >= 0x10000 && r <= maxRune {
				return r, k + 4
			}
		}
	}
	return runeError, k + 1
}

// cont reports whether b is a UTF-8 continuation byte.
func cont(b byte) bool {
	return b&0xC0 == 0x80
}

// runeLen returns the number of bytes encoderune writes for r.
func runeLen(r rune) int {
	switch {
	case r >= 0 && r < 0x80:
		return 1
	case r >= 0 && r < 0x800:
		return 2
	case r < 0 || r > maxRune || (r >= surrogateMin && r <= surrogateMax):
		return 3
	case r < 0x10000:
		return 3
	}
	return 4
}

// encoderune writes the UTF-8 encoding of r into p (which must be large
// enough) and returns the number of bytes written. Invalid code points
// encode runeError.
func encoderune(p []byte, r rune) int {
	switch {
	case r >= 0 && r < 0x80:
		p[0] = byte(r)
		return 1
	case r >= 0 && r < 0x800:
		p[0] = byte(0xC0 | r>>6)
		p[1] = byte(0x80 | r&0x3F)
		return 2
	case r < 0 || r > maxRune || (r >= surrogateMin && r <= surrogateMax):
		r = runeError
		fallthrough
	case r < 0x10000:
		p[0] = byte(0xE0 | r>>12)
		p[1] = byte(0x80 | (r>>6)&0x3F)
		p[2] = byte(0x80 | r&0x3F)
		return 3
	default:
		p[0] = byte(0xF0 | r>>18)
		p[1] = byte(0x80 | (r>>12)&0x3F)
		p[2] = byte(0x80 | (r>>6)&0x3F)
		p[3] = byte(0x80 | r&0x3F)
		return 4
	}
}

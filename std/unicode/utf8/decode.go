// Decoding: the first rune of a byte slice or string (DecodeRune*), the
// last one (DecodeLastRune*), and FullRune*. Invalid or truncated input
// decodes as (RuneError, 1); empty input as (RuneError, 0).
package utf8

// leadInfo classifies a leading byte b0 >= 0x80: the length n of the
// sequence it starts (0 if it starts none), and the range [lo, hi] its
// second byte must fall in. The narrow ranges rule out overlong forms,
// surrogates and code points above MaxRune.
func leadInfo(b0 byte) (n int, lo, hi byte) {
	switch {
	case b0 < 0xC2:
		return 0, 0, 0
	case b0 < 0xE0:
		return 2, 0x80, 0xBF
	case b0 == 0xE0:
		return 3, 0xA0, 0xBF
	case b0 == 0xED:
		return 3, 0x80, 0x9F
	case b0 < 0xF0:
		return 3, 0x80, 0xBF
	case b0 == 0xF0:
		return 4, 0x90, 0xBF
	case b0 < 0xF4:
		return 4, 0x80, 0xBF
	case b0 == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// isCont reports whether b is a continuation byte.
func isCont(b byte) bool { return b&0xC0 == 0x80 }

// DecodeRune returns the first rune of p and its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	b0 := p[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	n, lo, hi := leadInfo(b0)
	if n == 0 || len(p) < 2 || p[1] < lo || p[1] > hi {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b0&0x1F)<<6 | rune(p[1]&0x3F), 2
	}
	if len(p) < 3 || !isCont(p[2]) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b0&0x0F)<<12 | rune(p[1]&0x3F)<<6 | rune(p[2]&0x3F), 3
	}
	if len(p) < 4 || !isCont(p[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(p[1]&0x3F)<<12 | rune(p[2]&0x3F)<<6 | rune(p[3]&0x3F), 4
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	n, lo, hi := leadInfo(b0)
	if n == 0 || len(s) < 2 || s[1] < lo || s[1] > hi {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b0&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	if len(s) < 3 || !isCont(s[2]) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b0&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	if len(s) < 4 || !isCont(s[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
}

// DecodeLastRune returns the last rune of p and its width. The rune must
// end exactly at the end of p, or it is (RuneError, 1).
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Back up over at most UTFMax-1 continuation bytes to a start byte.
	start := end - 1
	for start > 0 && start > end-UTFMax && !RuneStart(p[start]) {
		start--
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	for start > 0 && start > end-UTFMax && !RuneStart(s[start]) {
		start--
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// FullRune reports whether p begins with a complete encoding, or with
// bytes already known to be invalid (which decode as a 1-byte RuneError).
func FullRune(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	if p[0] < RuneSelf {
		return true
	}
	n, lo, hi := leadInfo(p[0])
	if n == 0 || len(p) >= n {
		return true
	}
	if len(p) > 1 && (p[1] < lo || p[1] > hi) {
		return true
	}
	return len(p) > 2 && !isCont(p[2])
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	if s[0] < RuneSelf {
		return true
	}
	n, lo, hi := leadInfo(s[0])
	if n == 0 || len(s) >= n {
		return true
	}
	if len(s) > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	return len(s) > 2 && !isCont(s[2])
}

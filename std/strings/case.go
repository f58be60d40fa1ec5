// Case mapping and case-insensitive comparison: ToUpper, ToLower,
// ToTitle, EqualFold. ASCII strings take a byte loop; others map rune by
// rune through package unicode, as Map does (an invalid byte becomes
// U+FFFD once anything changes).
package strings

import (
	"unicode"
	"unicode/utf8"
)

// mapCase is Map(func(r) { return unicode.To(c, r) }, s).
func mapCase(s string, c int) string {
	for i, r := range s {
		m := unicode.To(c, r)
		if m == r && r != utf8.RuneError {
			continue
		}
		width := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && m == r {
				continue // a real U+FFFD, unchanged
			}
		}
		var b Builder
		b.Grow(len(s) + utf8.UTFMax)
		b.add(s[:i])
		b.addRune(m)
		for _, r := range s[i+width:] {
			b.addRune(unicode.To(c, r))
		}
		return b.String()
	}
	return s
}

// asciiCase returns whether s is all ASCII and whether it holds a byte in
// [lo, hi].
func asciiCase(s string, lo, hi byte) (isASCII, has bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		has = has || lo <= c && c <= hi
	}
	return true, has
}

// shiftASCII returns s with the bytes in [lo, hi] moved by d.
func shiftASCII(s string, lo, hi byte, d int) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lo <= c && c <= hi {
			c = byte(int(c) + d)
		}
		b[i] = c
	}
	return string(b)
}

// ToUpper returns s with all letters mapped to upper case.
func ToUpper(s string) string {
	isASCII, has := asciiCase(s, 'a', 'z')
	if !isASCII {
		return mapCase(s, unicode.UpperCase)
	}
	if !has {
		return s
	}
	return shiftASCII(s, 'a', 'z', 'A'-'a')
}

// ToLower returns s with all letters mapped to lower case.
func ToLower(s string) string {
	isASCII, has := asciiCase(s, 'A', 'Z')
	if !isASCII {
		return mapCase(s, unicode.LowerCase)
	}
	if !has {
		return s
	}
	return shiftASCII(s, 'A', 'Z', 'a'-'A')
}

// ToTitle returns s with all letters mapped to title case.
func ToTitle(s string) string { return mapCase(s, unicode.TitleCase) }

// EqualFold reports whether s and t are equal under simple Unicode case
// folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		sr, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		tr, m := utf8.DecodeRuneInString(t)
		t = t[m:]
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Walk sr's folding orbit upward looking for tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r != tr {
			return false
		}
	}
	return s == t
}

// The functions taking a func value: Map, IndexFunc, LastIndexFunc,
// TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc.
package strings

import "unicode/utf8"

// Map returns s with each rune replaced by mapping(r); runes mapped to a
// negative value are dropped. If nothing changes, s itself is returned.
func Map(mapping func(rune) rune, s string) string {
	for i, r := range s {
		m := mapping(r)
		if m == r && r != utf8.RuneError {
			continue
		}
		width := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && m == r {
				continue
			}
		}
		var b Builder
		b.Grow(len(s) + utf8.UTFMax)
		b.add(s[:i])
		if m >= 0 {
			b.addRune(m)
		}
		for _, r := range s[i+width:] {
			if m := mapping(r); m >= 0 {
				b.addRune(m)
			}
		}
		return b.String()
	}
	return s
}

// IndexFunc returns the index of the first rune r of s with f(r), or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last rune r of s with f(r), or
// -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// TrimLeftFunc returns s without its leading runes r with f(r).
func TrimLeftFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !f(r) {
			break
		}
		s = s[n:]
	}
	return s
}

// TrimRightFunc returns s without its trailing runes r with f(r).
func TrimRightFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !f(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimFunc returns s without its leading and trailing runes r with f(r).
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// FieldsFunc splits s at each run of runes r with f(r) and returns the
// non-empty pieces.
func FieldsFunc(s string, f func(rune) bool) []string {
	a := make([]string, 0)
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a = append(a, s[start:])
	}
	return a
}

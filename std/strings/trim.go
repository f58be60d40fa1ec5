// Trimming: Trim, TrimLeft, TrimRight (runes in a cutset), TrimSpace,
// TrimPrefix, TrimSuffix. Invalid bytes decode as utf8.RuneError, which a
// cutset matches if it holds an invalid byte or U+FFFD.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// TrimLeft returns s without its leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	if cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

// TrimRight returns s without its trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	if cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Trim returns s without its leading and trailing runes contained in
// cutset.
func Trim(s, cutset string) string { return TrimRight(TrimLeft(s, cutset), cutset) }

// TrimSpace returns s without leading and trailing white space
// (unicode.IsSpace).
func TrimSpace(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimPrefix returns s without the leading prefix, if s starts with it.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if s ends with it.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Whole-input scans: RuneCount* counts runes (each invalid byte counts as
// one), Valid* reports whether the input is entirely well-formed UTF-8.
package utf8

// RuneCount returns the number of runes in p.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString returns the number of runes in s.
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// Valid reports whether p consists entirely of valid UTF-8 encodings.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8
// encodings.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

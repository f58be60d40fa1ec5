// Package utf8 converts between runes and UTF-8 byte sequences, with the
// API and results of Go's unicode/utf8. This file holds the constants and
// the per-rune predicates; decode.go, encode.go and valid.go hold the rest.
//
// Written for gocc's Go subset: plain loops over bytes and strings, no
// tables that need a map, no closures.
package utf8

// The encoding's constants, as Go defines them.
const (
	RuneError = '\uFFFD'     // the "replacement character" for invalid input
	RuneSelf  = 0x80         // runes below this are one byte, themselves
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the longest encoding of a rune, in bytes
)

// The surrogate halves, which UTF-8 must not encode.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// RuneLen returns the number of bytes needed to encode r, or -1 if r is
// not a valid code point.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// RuneStart reports whether b can begin an encoding: it is not a
// continuation byte (10xxxxxx).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// ValidRune reports whether r is a code point UTF-8 may encode.
func ValidRune(r rune) bool {
	if r < 0 || r > MaxRune {
		return false
	}
	return r < surrogateMin || r > surrogateMax
}

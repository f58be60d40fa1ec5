// IsSpace: Unicode's White_Space property.
package unicode

// IsSpace reports whether r is a space character: '\t', '\n', '\v',
// '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP), and the other
// White_Space code points.
func IsSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0,
		0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// Encoding: EncodeRune writes a rune's UTF-8 bytes, AppendRune appends
// them. Invalid runes (negative, surrogates, above MaxRune) encode as
// RuneError.
package utf8

// EncodeRune writes the encoding of r into p, which must be large enough,
// and returns the number of bytes written. As in gc, a short p panics
// with an index error on the encoding's last byte.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < 0x80 {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) < 0x800 {
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	}
	if uint32(r) > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	if r < 0x10000 {
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the encoding of r to p and returns the extended
// slice.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < 0x80 {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

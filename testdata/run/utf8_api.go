// run

// unicode/utf8 through our std: decoding valid, invalid and truncated
// input from both ends, encoding (including invalid runes), counting and
// validation.
package main

import "unicode/utf8"

func show(s string) {
	r, n := utf8.DecodeRuneInString(s)
	lr, ln := utf8.DecodeLastRuneInString(s)
	b := []byte(s)
	br, bn := utf8.DecodeRune(b)
	blr, bln := utf8.DecodeLastRune(b)
	println(len(s), r, n, lr, ln, br, bn, blr, bln, utf8.RuneCountInString(s), utf8.RuneCount(b),
		utf8.ValidString(s), utf8.Valid(b), utf8.FullRuneInString(s), utf8.FullRune(b))
}

func main() {
	for _, s := range []string{"", "a", "é", "世界", "\U0001F600", "\xff", "\xe4\xb8", "a\xffb", "\xed\xa0\x80", "\xc0\x80",
		"\xf4\x90\x80\x80", "\xef\xbf\xbd", "héllo, 世界!", "\xf0\x9f\x98", "\x80"} {
		show(s)
	}
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[0], buf[1], buf[2], buf[3], string(utf8.AppendRune(nil, r)))
	}
	println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xc3), utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)
}

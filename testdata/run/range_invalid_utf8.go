// run

// range over strings holding invalid UTF-8 (each bad byte is one
// U+FFFD of width 1): stray continuation bytes, truncated sequences,
// overlong encodings, surrogates, values above U+10FFFF; []rune and
// string(rune) conversions of the same, and the largest valid runes.

package main

func show(s string) {
	print(len(s), ":")
	for i, r := range s {
		print(" ", i, "=", r)
	}
	n := 0
	for range s {
		n++
	}
	rs := []rune(s)
	print(" | ", n, " ", len(rs), " ", len(string(rs)), "\n")
}

func main() {
	show("")
	show("\xff")
	show("a\x80b")
	show("\xe2\x82")
	show("\xe2\x82\xac")
	show("\xe2\x82x")
	show("\xc0\xaf")
	show("\xe0\x80\xaf")
	show("\xed\xa0\x80")
	show("\xed\x9f\xbf")
	show("\xf4\x8f\xbf\xbf")
	show("\xf4\x90\x80\x80")
	show("\xf0\x9f\x98")
	show("\xf0\x9f\x98\x80!")
	show("\xf8\x88\x80\x80\x80")
	show("héllo, 世界\xfe")
	for _, r := range []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, 1 << 30} {
		s := string(r)
		println(r, len(s), []rune(s)[0], s == "\uFFFD")
	}
	var b []byte
	for i := 0; i < 256; i += 15 {
		b = append(b, byte(i))
	}
	show(string(b))
}

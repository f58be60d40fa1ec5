// run

// []rune and string conversions with multi-byte and invalid UTF-8, rune
// counting, and string(rune) of invalid code points.

package main

func main() {
	s := "aß€𝄞"
	r := []rune(s)
	println(len(s), len(r), r[0], r[1], r[2], r[3])
	println(string(r), string(r[1:3]))
	bad := "\xe2\x82"
	rb := []rune(bad)
	println(len(rb), rb[0])
	println(string(rune(0x10FFFF)) == "\U0010FFFF", len(string(rune(0x110000))), len(string(rune(0xD800))))
	n := 0
	for range "héllo wörld" {
		n++
	}
	println(n)
	b := []byte(s)
	b = append(b, string(rune(0x263A))...)
	println(string(b), len(b))
}

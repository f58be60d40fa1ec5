// run

// Strings: indexing, slicing, len, concatenation, comparisons, conversion
// to and from []byte and []rune, string(int).

package main

func main() {
	s := "hello, world"
	println(len(s), s[0], s[7], s[1:5], s[:5], s[7:], s[:])
	t := s + "!" + " " + s[0:1]
	println(t, len(t))
	println(s == "hello, world", s != t, s < t, "abc" < "abd", "ab" < "abc", "b" > "abc", "" < "a")
	b := []byte(s)
	b[0] = 'H'
	println(string(b), len(b), cap(b) >= len(b))
	r := []rune("héllo, 世界")
	println(len(r), r[1], r[7], string(r[7:]))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	x := ""
	for i := 0; i < 5; i++ {
		x += string(rune('a' + i))
	}
	println(x, x[2:3], len(x[5:]))
	e := ""
	println(len(e), e == "", e+e == "")
	var bs []byte
	println(string(bs) == "")
	u := "日本語"
	println(len(u), u[0], u[3:6])
	x += "zz"
	x += x
	println(x)
}

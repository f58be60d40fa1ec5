// run

// The runtime's string helpers: concatenation, conversions, comparison and
// range over UTF-8.

package main

func join(a, b, c string) string {
	return a + "-" + b + "-" + c
}

func main() {
	s := join("x", "yy", "zzz")
	println(s, len(s))
	b := []byte(s)
	b[0] = 'X'
	println(string(b), s)
	t := "héllo, 世界"
	n := 0
	for i, r := range t {
		println(i, r)
		n++
	}
	println(n, len(t))
	rs := []rune(t)
	println(len(rs), string(rs[7]), string(rs))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	println("abc" < "abd", "abc" == "ab"+"c", "b" > "abc", "" < "a")
	bad := "a\xffb"
	for i, r := range bad {
		println(i, r)
	}
}

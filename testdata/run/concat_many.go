// run

// Concatenation of many operands, of empty strings, in loops, and
// mutation of the source []byte after conversion (strings are copies).

package main

func main() {
	a, b, c, d, e := "a", "bb", "", "dddd", "é"
	s := a + b + c + d + e + a + b
	println(s, len(s))
	println(c+c == "", a+c == a, c+"x"+c)
	buf := []byte("hello")
	str := string(buf)
	buf[0] = 'j'
	println(str, string(buf))
	bs := []byte(str)
	bs[1] = 'a'
	println(str, string(bs))
	acc := ""
	for i := 0; i < 10; i++ {
		acc = acc + string(rune('0'+i)) + ","
	}
	println(acc)
}

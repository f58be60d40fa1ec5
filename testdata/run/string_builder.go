// run

// Building strings: repeated concatenation, conversion of []byte buffers,
// itoa by hand, reversing runes.

package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	println(itoa(0), itoa(12345), itoa(-987), itoa(-9223372036854775807))
	println(reverse("hello, 世界"), reverse(""))
	println(repeat("ab", 5), len(repeat("xyz", 100)))
	var b []byte
	for i := 0; i < 26; i++ {
		b = append(b, byte('a'+i))
	}
	println(string(b), string(b[5:10]))
	joined := ""
	parts := []string{"a", "b", "c"}
	for i, p := range parts {
		if i > 0 {
			joined += ","
		}
		joined += p
	}
	println(joined)
}

// run

// Byte arithmetic on strings: a Caesar cipher, ROT13 twice, counting
// letters with a [26]int table.

package main

func shift(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + byte((int(c-'a')+k)%26)
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + byte((int(c-'A')+k)%26)
		}
	}
	return string(b)
}

func main() {
	msg := "Hello, World! The quick brown fox."
	enc := shift(msg, 3)
	println(enc)
	println(shift(enc, 23))
	println(shift(shift(msg, 13), 13) == msg)
	var freq [26]int
	for i := 0; i < len(msg); i++ {
		c := msg[i] | 0x20
		if c >= 'a' && c <= 'z' {
			freq[c-'a']++
		}
	}
	for i, n := range freq {
		if n > 1 {
			print(string(rune('a'+i)), n, " ")
		}
	}
	println()
}

// run

// CRC-32 (IEEE) with a table built at package initialization.

package main

var table = makeTable(0xedb88320)

func makeTable(poly uint32) [256]uint32 {
	var t [256]uint32
	for i := 0; i < 256; i++ {
		c := uint32(i)
		for j := 0; j < 8; j++ {
			if c&1 == 1 {
				c = c>>1 ^ poly
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}

func crc(s string) uint32 {
	c := ^uint32(0)
	for i := 0; i < len(s); i++ {
		c = table[byte(c)^s[i]] ^ c>>8
	}
	return ^c
}

func main() {
	println(crc(""), crc("a"), crc("The quick brown fox jumps over the lazy dog"))
	println(table[1], table[255])
}

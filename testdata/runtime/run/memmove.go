// run

// copy() through memmove: every length up to 300 at offsets that overlap
// in both directions, and large copies.

package main

func fill(b []byte) {
	for i := 0; i < len(b); i++ {
		b[i] = byte(i*7 + 3)
	}
}

func sum(b []byte) int {
	s := 0
	for i := 0; i < len(b); i++ {
		s = (s*31 + int(b[i]) + i) & 0xffffff
	}
	return s
}

func main() {
	buf := make([]byte, 1024)
	total := 0
	for n := 0; n <= 300; n++ {
		for off := -20; off <= 20; off += 3 {
			fill(buf)
			k := copy(buf[100+off:100+off+n], buf[100:100+n])
			total = (total*7 + sum(buf) + k) & 0xffffff
		}
	}
	println(total)
	big := make([]byte, 1<<20)
	fill(big)
	copy(big[1:], big)
	println(sum(big), big[0], big[1], big[len(big)-1])
	copy(big, big[3:])
	println(sum(big), big[0], big[len(big)-4])
}

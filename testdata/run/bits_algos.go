// run

// Bit manipulation: population count, bit reversal, leading zeros,
// rotations, and an FNV-1a hash, over every unsigned width.

package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func clz32(x uint32) int {
	n := 0
	for i := 31; i >= 0; i-- {
		if x&(uint32(1)<<uint(i)) != 0 {
			break
		}
		n++
	}
	return n
}

func rotl16(x uint16, k int) uint16 { return x<<(k&15) | x>>(16-k&15) }

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	println(popcount(0), popcount(255), popcount(1<<63|1), popcount(0xffffffffffffffff))
	println(reverse8(1), reverse8(0xf0), reverse8(0xaa))
	println(clz32(1), clz32(0), clz32(0x80000000), clz32(0x00ff0000))
	println(rotl16(0x8001, 1), rotl16(0x1234, 4), rotl16(0x1234, 16))
	println(fnv(""), fnv("a"), fnv("hello world"))
}

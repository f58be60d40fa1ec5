// run

// Shifts by constant counts of every size, including counts >= the
// width for variables (which give 0 or the sign fill).

package main

func main() {
	var a int8 = -100
	var b uint8 = 200
	var c int32 = -1 << 30
	var d uint64 = 1<<63 | 5
	println(a>>1, a>>7, a<<1, b>>3, b<<2, c>>29, c<<1, d>>63, d<<1)
	var s uint = 8
	println(a>>s, b>>s, b<<s, uint16(b)<<s)
	s = 64
	println(d>>s, d<<s, c>>s, int64(c)>>s)
	x := 1
	for i := 0; i < 70; i += 10 {
		print(x<<uint(i), " ")
	}
	println()
}

// run

// Unsigned division and remainder of every width with large dividends
// and divisors above the signed range.

package main

func main() {
	var a8, b8 uint8 = 250, 7
	var a16, b16 uint16 = 65000, 300
	var a32, b32 uint32 = 4000000000, 3000000000
	var a64, b64 uint64 = 18446744073709551615, 9223372036854775809
	println(a8/b8, a8%b8, a16/b16, a16%b16, a32/b32, a32%b32, a64/b64, a64%b64)
	var u uint = 1 << 63
	println(u/3, u%3, u/u, (u-1)/u)
	var up uintptr = 4096
	println(up/7, up%7)
}

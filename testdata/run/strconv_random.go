// run

// strconv.FormatFloat through our std on 400 pseudo-random float64 bit
// patterns (and their float32 roundings): shortest 'g', 'e' and 'f', and
// fixed precisions, checked against gc's output.
package main

import (
	"math"
	"strconv"
)

var state uint64 = 0x9E3779B97F4A7C15

// next is xorshift64*.
func next() uint64 {
	state ^= state >> 12
	state ^= state << 25
	state ^= state >> 27
	return state * 2685821657736338717
}

func main() {
	for i := 0; i < 400; i++ {
		b := next()
		if i%4 == 1 {
			b = b&^(0x7FF<<52) | uint64(1023+int(b%80)-40)<<52 // moderate exponents
		}
		f := math.Float64frombits(b)
		prec := int(next() % 25)
		println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', prec, 64),
			strconv.FormatFloat(f, 'g', prec, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'x', -1, 64))
		if math.Abs(f) < 1e30 {
			println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'f', prec, 64))
		}
	}
}

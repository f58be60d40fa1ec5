// run

// Untyped constants take the type of their context: exact arithmetic
// before conversion, float constants that are integers, rune and
// string constants, big shifts, typed constant expressions.

package main

const (
	Big   = 1 << 100
	Small = Big >> 98
	Third = 1.0 / 3
	Exact = 3.0 * Third // exactly 1 in constant arithmetic
	R     = 'a' + 1
	S     = "con" + "cat"
	F     = 2.5
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func main() {
	println(Small, Exact == 1)
	var i int = Exact
	var f32 float32 = Third
	var f64 float64 = Third
	println(i, f32, f64)
	var r rune = R
	println(r, string(rune(R)))
	var b byte = R
	println(b)
	println(S, len(S))
	var x = F * 2 // 5.0: float64
	var n int = F * 2
	println(x, n)
	println(Big/(1<<90), Big%7)
	var u8 uint8 = 255
	println(u8+1 == 0, ^uint8(0), 0 < u8)
	d := Tuesday - Monday
	println(d, Monday*10)
	const h = 1e3
	var hi int64 = h
	println(hi, int(h)/3)
	var c complex64 = 1 + 0i
	println(c)
	const huge = 1e300 * 1e300 / 1e300
	println(huge)
	println(1<<62>>60, uint64(1<<63), int64(-1<<63))
	var sh uint = 3
	var y int64 = 1 << sh // the untyped 1 becomes int64
	println(y)
	var z int = 1.0 << sh // the untyped 1.0 becomes int
	println(z)
	println(len("héllo"), len([]rune("héllo")))
	const mask = ^0
	var m8 int8 = mask
	println(m8, uint16(mask&0xffff))
}

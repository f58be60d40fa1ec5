// run

// Constants: iota in groups, typed and untyped constants, constant
// expressions folded exactly, huge untyped intermediate values.

package main

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big = 1 << 100
const small = big >> 98
const pi = 3.14159265358979323846264338327950288
const s = "const" + "ant"

func main() {
	println(A, B, C, E)
	println(KB, MB, GB)
	println(Sunday, Monday, Tuesday)
	println(small, pi, s, len(s))
	var f32 float32 = pi
	println(f32, pi*2)
	const c = 'x'
	println(c, string(rune(c)))
	var u8 uint8 = 255
	println(u8+1 == 0, ^uint32(0), -1<<63 == -9223372036854775808)
	println(7/2, -7/2, 7%3, -7%3, 7.0/2)
}

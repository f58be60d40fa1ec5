// run

// Conversions between integer sizes (truncation, sign and zero
// extension), named types, and between integers and floats.

package main

type MyInt int16
type Bytes []byte

func main() {
	var x int64 = -1
	println(uint8(x), uint16(x), uint32(x), uint64(x), int8(x))
	var y uint64 = 0x123456789abcdef0
	println(int8(y), uint8(y), int16(y), uint16(y), int32(y), uint32(y), int64(y))
	var z int8 = -5
	println(uint64(z), int64(z), uint32(z), int16(z))
	var w uint8 = 250
	println(int8(w), int64(w), MyInt(w)+MyInt(10))
	m := MyInt(-300)
	println(m, int8(m), uint8(m))
	b := Bytes("xyz")
	println(len(b), string(b))
	f := 1e10
	println(int32(int64(f)), int64(f))
	var r rune = 'é'
	println(r, string(r), byte(r))
	var up uintptr = 12345
	println(up, int(up))
}

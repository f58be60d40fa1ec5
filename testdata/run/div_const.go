// run

// Division and remainder by constants (powers of two and others, positive
// and negative) for every integer size, on negative, positive and extreme
// values: gc truncates toward zero, and x / -1 of the minimum value wraps.

package main

func d8(x int8) (int8, int8, int8, int8, int8, int8)   { return x / 2, x % 2, x / -4, x % 7, x / 7, x / -1 }
func d16(x int16) (int16, int16, int16, int16, int16, int16) { return x / 2, x % 8, x / -4, x % 7, x / 10, x / -1 }
func d32(x int32) (int32, int32, int32, int32, int32, int32) { return x / 16, x % 16, x / -3, x % 7, x / 1000, x % -1 }
func d64(x int64) (int64, int64, int64, int64, int64, int64) { return x / 1024, x % 1024, x / -3, x % 7, x / 1e9, x / -1 }
func du8(x uint8) (uint8, uint8, uint8, uint8)               { return x / 2, x % 2, x / 7, x % 7 }
func du16(x uint16) (uint16, uint16, uint16, uint16)         { return x / 16, x % 10, x / 7, x % 7 }
func du32(x uint32) (uint32, uint32, uint32, uint32)         { return x / 1024, x % 3, x / 7, x % 1000 }
func du64(x uint64) (uint64, uint64, uint64, uint64)         { return x / 1 << 40, x % 3, x / 7, x % 10 }

func main() {
	for _, x := range []int8{-128, -127, -9, -8, -7, -1, 0, 1, 7, 9, 127} {
		println(d8(x))
	}
	for _, x := range []int16{-32768, -32767, -1001, -7, -1, 0, 3, 1001, 32767} {
		println(d16(x))
	}
	for _, x := range []int32{-1 << 31, -1<<31 + 1, -123457, -16, -15, -1, 0, 15, 16, 123457, 1<<31 - 1} {
		println(d32(x))
	}
	for _, x := range []int64{-1 << 63, -1<<63 + 1, -3000000001, -1025, -1024, -1, 0, 1023, 1024, 3000000001, 1<<63 - 1} {
		println(d64(x))
	}
	for _, x := range []uint8{0, 1, 6, 7, 8, 128, 255} {
		println(du8(x))
	}
	for _, x := range []uint16{0, 9, 10, 65534, 65535} {
		println(du16(x))
	}
	for _, x := range []uint32{0, 1023, 1024, 1<<31 + 7, 1<<32 - 1} {
		println(du32(x))
	}
	for _, x := range []uint64{0, 1, 1 << 40, 1<<63 + 5, 1<<64 - 1} {
		println(du64(x))
	}
}

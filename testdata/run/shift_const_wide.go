// run

// Shifts of variables by constant counts at and beyond the width, for every
// size: left shifts give 0, right shifts of signed values give 0 or -1;
// and shifts by variable counts of unsigned types wider than the value.

package main

func main() {
	var i8 int8 = -5
	var i16 int16 = -300
	var i32 int32 = -70000
	var i64 int64 = -5000000000
	var u8 uint8 = 0x81
	var u16 uint16 = 0x8001
	var u32 uint32 = 0x80000001
	var u64 uint64 = 0x8000000000000001
	println(i8<<7, i8<<8, i8<<100, i8>>7, i8>>8, i8>>200, -i8>>8)
	println(i16<<15, i16<<16, i16>>15, i16>>16, i16>>65)
	println(i32<<31, i32<<32, i32>>31, i32>>32, i32>>33)
	println(i64<<63, i64<<64, i64>>63, i64>>64, i64>>1000)
	println(u8<<7, u8<<8, u8>>7, u8>>8)
	println(u16<<15, u16<<16, u16>>15, u16>>16)
	println(u32<<31, u32<<32, u32>>31, u32>>32)
	println(u64<<63, u64<<64, u64>>63, u64>>64)
	var s8 uint8 = 255
	var s16 uint16 = 64
	var s32 uint32 = 1 << 31
	var s64 uint64 = 1 << 63
	println(i8<<s8, i8>>s8, u64<<s8, u64>>s16, i64>>s32, i32<<s64, u8>>s64)
	var s uint = 3
	println(1<<s, int8(1)<<(s+4), uint8(1)<<(s+5), int64(-1)<<(s*21))
}

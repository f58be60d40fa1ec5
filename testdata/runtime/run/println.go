// run

// print and println of every basic kind, in gc's formats (standard error).

package main

func main() {
	println("hello, world")
	println(1, -2, 0, 9223372036854775807, -9223372036854775808)
	var u uint64 = 18446744073709551615
	println(u, uint8(255), uint32(4294967295))
	println(true, false)
	println(0.0, 1.0, -1.5, 3.14159265358979, 1e100, 1e-7, 123456789.0, 0.1, 9.9999999)
	z := 0.0
	println(z/z, 1/z, -1/z, -z)
	var f32 float32 = 0.25
	println(f32)
	var p *int
	println(p)
	print("no newline", 42, "\n")
	println()
	println("a", "b", 'c', byte('d'))
}

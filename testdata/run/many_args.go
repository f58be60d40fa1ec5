// run

// Calls with many arguments of mixed types and sizes (ABI0 layout with
// alignment padding), and many results.

package main

type small struct {
	a byte
	b int16
}

func mix(a int8, b int64, c float32, d string, e bool, f uint16, g float64, h []int, i small, j int32) string {
	s := d
	if e {
		s += "T"
	}
	println(a, b, c, f, g, len(h), h[len(h)-1], i.a, i.b, j)
	return s
}

func many() (int8, string, float64, bool, int64) {
	return -1, "five", 2.5, true, 1 << 40
}

func main() {
	r := mix(-3, 1<<50, 1.25, "str", true, 65535, -0.5, []int{1, 2, 3}, small{7, -300}, -2147483648)
	println(r)
	a, b, c, d, e := many()
	println(a, b, c, d, e)
}

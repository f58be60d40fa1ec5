// run

// A negative size hint known only at run time is treated as no hint
// (gc does not panic), for every hint type.

package main

func main() {
	n := -1
	m := make(map[int]int, n)
	m[1] = 2
	println(len(m), m[1])
	var n8 int8 = -128
	m2 := make(map[string]int, n8)
	m2["a"] = 1
	println(len(m2))
	var n64 int64 = -1 << 40
	m3 := make(map[int64]bool, n64)
	m3[5] = true
	println(len(m3))
}

// run

// append's growth: capacities follow gc's rule and size classes.

package main

func main() {
	var s []int
	for i := 0; i < 40; i++ {
		s = append(s, i)
		println(len(s), cap(s))
	}
	var b []byte
	for i := 0; i < 3000; i += 37 {
		for len(b) < i {
			b = append(b, byte(i))
		}
		println(len(b), cap(b))
	}
	m := make([]int, 5, 20)
	println(len(m), cap(m), m[4])
	c := make([]int, 3)
	n := copy(c, s[10:])
	println(n, c[0], c[2])
}

// run

// Arrays: value semantics on assignment and calls, ==, indexing with
// variables, arrays of structs, multi-dimensional arrays, range.

package main

type point struct{ x, y int }

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	var a [4]int
	a[0], a[3] = 1, 4
	b := a
	b[1] = 9
	println(a[1], b[1], a == b, a != b)
	c := double(a)
	println(a[0], c[0], c[3])
	b = a
	println(a == b)
	ps := [3]point{{1, 2}, {3, 4}, {5, 6}}
	t := 0
	for i, p := range ps {
		t += i * (p.x + p.y)
	}
	println(t, ps[2].y)
	var m [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] = i*3 + j
		}
	}
	println(m[1][2], m[2][0], len(m), len(m[0]))
	arr := [...]string{"x", "y", "z"}
	println(len(arr), arr[1], arr == [3]string{"x", "y", "z"})
	idx := [5]int{1: 10, 3: 30}
	println(idx[0], idx[1], idx[3], idx[4])
	s := a[1:3]
	s[0] = 77
	println(a[1], len(s), cap(s))
	p := &a
	p[2] = 5
	println(a[2], len(p))
	for i, v := range p {
		print(i, ":", v, " ")
	}
	println()
}

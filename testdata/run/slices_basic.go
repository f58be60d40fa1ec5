// run

// Slices: make, len/cap, indexing, slicing with 2 and 3 indices, append
// with gc's growth, copy, nil slices, slices of slices.

package main

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	s := make([]int, 3, 10)
	println(len(s), cap(s), s[0])
	s[1] = 5
	s = append(s, 7, 8)
	println(len(s), cap(s), s[1], s[4], sum(s))
	t := s[1:3]
	println(len(t), cap(t), t[0])
	u := s[1:2:3]
	println(len(u), cap(u))
	var n []int
	println(n == nil, len(n), cap(n))
	for i := 0; i < 20; i++ {
		n = append(n, i*i)
		println(len(n), cap(n))
	}
	println(sum(n))
	c := make([]int, 5)
	k := copy(c, n)
	println(k, c[4], sum(c))
	k = copy(c, n[18:])
	println(k, c[0], c[1], c[2])
	m := append([]int(nil), n[:3]...)
	println(len(m), m[2])
	bs := []byte("abc")
	bs = append(bs, "def"...)
	println(string(bs))
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	println(grid[2][2], len(grid))
	e := []int{}
	println(e == nil, len(e))
	w := []string{"a", "b"}
	w = append(w, "c")
	println(len(w), w[2], cap(w))
	var f []float64
	f = append(f, 1.5, 2.5)
	println(f[0]+f[1], cap(f))
}

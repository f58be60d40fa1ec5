// run

// 3-index slices: the capacity limit makes append copy instead of writing
// into the original array; slicing arrays, pointers to arrays and slices
// with omitted low bound; len and cap of every form; a full slice of a
// full slice.

package main

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	print("]\n")
}

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:3:4]
	show("s", s)
	s = append(s, 10)
	show("s+10", s)
	show("a", a[:])
	s = append(s, 11)
	s[0] = 99
	show("s+11", s)
	show("a", a[:])

	p := &a
	t := p[:2:2]
	show("t", t)
	t = append(t, 7)
	show("t+7", t)
	show("a", a[:])

	u := a[2:2:2]
	show("u", u)
	u = append(u, 1, 2, 3)
	show("u+", u)

	b := make([]int, 3, 10)
	c := b[1:2:5]
	show("c", c)
	d := c[0:4]
	show("d", d)
	e := c[:4:4]
	show("e", e)
	i, j, k := 0, 1, 1
	f := b[i:j:k]
	f = append(f, 42)
	show("f", f)
	show("b", b)
	g := b[3:3:3]
	show("g", g)
	h := b[:0:0]
	h = append(h, 5)
	show("h", h)
	show("b", b)
}

// run

// make with various lengths and capacities and element types; appends to
// a made slice reuse its capacity; make with a zero length.

package main

type big struct{ a, b, c, d int64 }

func main() {
	a := make([]int, 0, 5)
	for i := 0; i < 5; i++ {
		a = append(a, i)
	}
	println(len(a), cap(a), a[4])
	a = append(a, 5)
	println(len(a), cap(a))
	b := make([]big, 3)
	b[2].d = 9
	println(len(b), cap(b), b[2].d, b[0].a)
	var n int64 = 7
	c := make([]string, n)
	c[6] = "last"
	println(len(c), c[6], c[0] == "")
	d := make([]byte, 0)
	println(d == nil, len(d))
	e := make([]uint16, 1000)
	e[999] = 65535
	println(e[999], len(e))
	for _, sz := range []int{1, 7, 33, 100, 1023} {
		x := make([]int32, sz)
		x = append(x, 1)
		println(sz, cap(x))
	}
}

// run

// Structs and arrays larger than 256 bytes passed by value, returned,
// copied and compared (runtime.memmove/memclr paths).

package main

type Big struct {
	a   [40]int
	s   string
	tag int
}

func fill(n int) Big {
	var b Big
	for i := range b.a {
		b.a[i] = i * n
	}
	b.s = "big"
	b.tag = n
	return b
}

func sum(b Big, extra int) int {
	t := extra
	for _, v := range b.a {
		t += v
	}
	return t + b.tag
}

func twice(x, y Big) (Big, Big) { return y, x }

func main() {
	b := fill(3)
	c := b
	c.a[39] = -1
	println(sum(b, 1), sum(c, 2), b.a[39], c.a[39], b.s)
	x, y := twice(b, c)
	println(x.a[39], y.a[39], x == c, y == b, x == y)
	var z Big
	println(z.tag, z.a[20], z == Big{})
	arr := [100]int64{}
	arr[99] = 7
	cp := arr
	cp[0] = 1
	println(arr[0], cp[0], cp[99], arr == cp)
}

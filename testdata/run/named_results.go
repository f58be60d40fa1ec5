// run

// Named results: zero-initialized, assigned, returned bare or with values,
// of scalar, string, slice and struct types.

package main

type pt struct{ x, y int }

func f(n int) (a int, s string, l []int, p pt) {
	if n == 0 {
		return
	}
	a = n
	s = "n"
	for i := 0; i < n; i++ {
		l = append(l, i)
		s += "+"
	}
	p.x = n * 2
	if n > 2 {
		return a * 10, s + "!", l[1:], pt{9, 9}
	}
	return
}

func g() (x, y int) {
	x, y = 1, 2
	x, y = y, x
	return
}

func main() {
	a, s, l, p := f(0)
	println(a, s, len(l), l == nil, p.x)
	a, s, l, p = f(2)
	println(a, s, len(l), p.x, p.y)
	a, s, l, p = f(4)
	println(a, s, len(l), l[0], p.x, p.y)
	gx, gy := g()
	println(gx, gy)
}

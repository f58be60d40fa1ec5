// run

package main

type T struct{ a, b int }

func (t T) Sum(x int) int { return t.a + t.b + x }
func (t *T) Inc()         { t.a++ }

func add(a, b int) int { return a + b }

func apply(f func(int, int) int, x, y int) int { return f(x, y) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

var gf = func(s string) string { return s + "!" }

func main() {
	f := add
	println(f(1, 2), apply(add, 3, 4))
	c := counter()
	c()
	c()
	println(c())
	x := 10
	g := func(d int) { x += d }
	g(5)
	g(7)
	println(x)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, h := range fs {
		println(h())
	}
	t := T{1, 2}
	m := t.Sum
	t.a = 100
	println(m(3))
	inc := t.Inc
	inc()
	inc()
	println(t.a)
	e := T.Sum
	println(e(T{5, 5}, 1))
	p := (*T).Inc
	p(&t)
	println(t.a, T.Sum(t, 0))
	println(gf("hi"))
	var nf func()
	println(nf == nil, f != nil)
	func() {
		y := 1
		func() {
			y++
			x++
		}()
		println(y, x)
	}()
	s := "abc"
	q := func() string { return s }
	s = "def"
	println(q())
}

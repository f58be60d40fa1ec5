// run

package main

type P struct{ x, y int }

func (p P) String() string { return "P" }
func (p *P) Move(dx int) P { p.x += dx; return *p }

type Op func(int) int

func compose(f, g Op) Op { return func(x int) int { return f(g(x)) } }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func named() (r int) {
	inc := func() { r += 10 }
	inc()
	r++
	inc()
	return
}

func pair() (int, string) { return 4, "four" }

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func walk(n int, visit func(int)) {
	if n == 0 {
		return
	}
	visit(n)
	walk(n-1, visit)
}

func main() {
	double := func(x int) int { return x * 2 }
	inc := Op(func(x int) int { return x + 1 })
	h := compose(double, inc)
	println(h(5), compose(inc, double)(5))
	vs := sum
	println(vs(1, 2, 3), vs())
	println(named())
	pf := pair
	n, s := pf()
	println(n, s)
	f := fib()
	for i := 0; i < 10; i++ {
		print(f(), " ")
	}
	println()
	total := 0
	walk(4, func(k int) { total += k })
	println(total)
	var rec func(int) int
	rec = func(k int) int {
		if k <= 1 {
			return 1
		}
		return k * rec(k-1)
	}
	println(rec(10))
	p := &P{1, 2}
	mv := p.Move
	q := mv(5)
	println(q.x, p.x)
	str := P{}.String
	println(str())
	arr := [3]int{1, 2, 3}
	g := func() [3]int { arr[0] = 9; return arr }
	r := g()
	println(r[0], arr[0])
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		j := i
		ptrs = append(ptrs, &j)
		func() { j *= 10 }()
	}
	for _, p := range ptrs {
		print(*p, " ")
	}
	println()
	fns := [2]func(string) string{func(s string) string { return s + s }, nil}
	println(fns[0]("ab"), fns[1] == nil)
	type S struct{ cb func() int }
	sv := S{cb: func() int { return 77 }}
	println(sv.cb())


}

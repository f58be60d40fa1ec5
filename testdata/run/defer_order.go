// run

// Deferred calls run in LIFO order at every return, with their arguments
// evaluated at the defer statement; defer in loops, in closures, of
// methods, func values, builtins and static functions.

package main

type T struct{ n int }

func (t T) Show(s string) { println("show", t.n, s) }
func (t *T) Bump()        { t.n++; println("bump", t.n) }

func trace(s string) string { println("enter", s); return s }
func un(s string)           { println("leave", s) }

func a() {
	defer un(trace("a"))
	println("in a")
}

func b() {
	defer un(trace("b"))
	println("in b")
	a()
}

func loop(n int) {
	for i := 0; i < n; i++ {
		defer println("loop", i)
	}
	println("loop body done")
}

func early(x int) int {
	defer println("early's defer", x)
	if x > 0 {
		return 1
	}
	for i := 0; i < 2; i++ {
		if i == 1 {
			return 2
		}
	}
	return 3
}

func args() {
	x := 1
	defer println("deferred x =", x)
	x = 2
	t := T{7}
	defer t.Show("value receiver copied")
	t.n = 8
	defer t.Bump()
	p := &t
	defer func() { println("closure sees", p.n) }()
	f := func(a, b int) { println("func value", a, b) }
	defer f(x, 3)
	f = nil
	s := []int{1, 2, 3}
	defer println("slice len", len(s), s[0])
	s[0] = 100
	arr := [2]string{"x", "y"}
	defer func(a [2]string) { println("array copy", a[0], a[1]) }(arr)
	arr[0] = "changed"
	println("args body, x =", x)
}

func inClosure() {
	func() {
		defer println("inner defer")
		println("inner body")
	}()
	println("outer body")
}

func deep(n int) {
	if n == 0 {
		return
	}
	defer print(n, " ")
	deep(n - 1)
}

func main() {
	b()
	loop(3)
	println(early(1), early(0))
	args()
	inClosure()
	deep(5)
	println()
	var t T
	defer t.Bump()
	defer T.Show(t, "method expression")
	defer (*T).Bump(&t)
	println("main done")
}

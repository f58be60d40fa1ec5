// run

// The function value, receiver and arguments of a deferred call are
// evaluated at the defer statement; the body runs later.

package main

type T struct{ name string }

func (t T) show(s string)   { println("value", t.name, s) }
func (t *T) pshow(s string) { println("pointer", t.name, s) }

func get(s string) string {
	println("eval", s)
	return s
}

func pick(i int) func(int) {
	println("pick", i)
	return func(x int) { println("called", i, x) }
}

func main() {
	x := 1
	defer println("println arg", x)
	defer pick(1)(x)
	x = 2
	t := T{"t1"}
	defer t.show(get("a"))
	defer t.pshow(get("b"))
	t.name = "t2"
	f := func(s string) { println("f1", s) }
	defer f("f")
	f = func(s string) { println("f2", s) }
	s := []int{1, 2, 3}
	defer func(v []int, n int) { println("slice", v[0], n) }(s, len(s))
	s[0] = 100
	s = append(s, 4)
	arr := [2]int{1, 2}
	defer func(a [2]int) { println("array", a[0]) }(arr)
	arr[0] = 9
	println("end of main", x)
}

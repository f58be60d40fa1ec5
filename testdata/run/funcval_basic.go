// run

// Func values: top-level functions, methods expressions, nil comparison,
// func values in slices, arrays, structs and as arguments and results.

package main

type T struct {
	name string
	n    int
}

func (t T) Get() int      { return t.n }
func (t *T) Add(d int)    { t.n += d }
func (t T) Name() string  { return t.name }
func twice(f func(int) int, x int) int { return f(f(x)) }
func sq(x int) int                     { return x * x }
func neg(x int) int                    { return -x }
func pick(b bool) func(int) int {
	if b {
		return sq
	}
	return neg
}
func multi() (int, string, float64) { return 1, "two", 3.5 }
func variadic(pre string, xs ...int) int {
	s := len(pre)
	for _, x := range xs {
		s += x
	}
	return s
}

type Handler func(string) int

var table = []func(int) int{sq, neg, func(x int) int { return x + 100 }}

func main() {
	println(twice(sq, 3), twice(neg, 3), pick(true)(4), pick(false)(4))
	var f func(int) int
	println(f == nil)
	f = sq
	println(f != nil, f(9))
	for i, g := range table {
		println(i, g(i+1))
	}
	m := multi
	a, b, c := m()
	println(a, b, c)
	v := variadic
	println(v("abc"), v("", 1, 2, 3), v("x", []int{4, 5}...))
	var h Handler = func(s string) int { return len(s) }
	println(h("hello"))
	get := T.Get
	add := (*T).Add
	name := T.Name
	t := T{"tee", 1}
	add(&t, 41)
	println(get(t), name(t), T.Get(t))
	(*T).Add(&t, 1)
	println(t.n)
	arr := [2]func() string{func() string { return "a" }, func() string { return "b" }}
	println(arr[0]() + arr[1]())
	type box struct {
		f func(int) int
		k int
	}
	bx := box{f: sq, k: 5}
	println(bx.f(bx.k))
	pf := &bx.f
	*pf = neg
	println(bx.f(bx.k))
}

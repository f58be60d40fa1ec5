// run

// (*T).m of a value method as a value: the (*T).m wrapper; a nil *T
// panics when it is called.

package main

type T struct{ n int }

func (t T) Get() int      { return t.n }
func (t T) Add(k int) int { return t.n + k }

func main() {
	g := (*T).Get
	a := (*T).Add
	t := &T{5}
	println(g(t), a(t, 10))
	fs := []func(*T) int{(*T).Get, func(p *T) int { return p.n * 2 }}
	for _, f := range fs {
		println(f(&T{7}))
	}
	defer func() { println("nil receiver:", recover() != nil) }()
	var np *T
	println(g(np))
}

// run

// A method value binds its receiver when the expression is evaluated:
// a value receiver is copied then, a pointer receiver keeps the pointer.

package main

type C struct{ n int }

func (c C) Val() int    { return c.n }
func (c *C) Ptr() int   { return c.n }
func (c *C) Inc()       { c.n++ }
func (c C) Add(k int) int { return c.n + k }

type Big struct {
	a [16]int
}

func (b Big) First() int { return b.a[0] }

func main() {
	c := C{1}
	v := c.Val
	p := c.Ptr
	inc := c.Inc
	c.n = 2
	println(v(), p(), c.Val())
	inc()
	inc()
	println(c.n, v(), p())

	pc := &C{10}
	v2 := pc.Val // copies *pc now
	pc.n = 20
	println(v2(), pc.Val())

	add := c.Add
	println(add(100))

	var b Big
	b.a[0] = 5
	f := b.First
	b.a[0] = 6
	println(f(), b.First())

	fs := []func() int{}
	for i := 0; i < 3; i++ {
		fs = append(fs, C{i * 10}.Val)
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	m := map[string]func(int) int{"add": C{7}.Add}
	println(m["add"](1))
}

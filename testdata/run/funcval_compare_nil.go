// run

// Func values compare only with nil: variables, fields, map elements,
// results, and interfaces holding funcs.

package main

type H struct {
	on func(int) int
}

func maybe(b bool) func() {
	if b {
		return func() {}
	}
	return nil
}

func named() {}

func main() {
	var f func()
	println(f == nil, f != nil)
	f = named
	println(f == nil)
	f = func() {}
	println(f != nil)
	println(maybe(true) == nil, maybe(false) == nil)
	var h H
	println(h.on == nil)
	h.on = func(x int) int { return x }
	println(h.on != nil, h.on(3))
	m := map[string]func(){}
	println(m["x"] == nil)
	m["x"] = named
	println(m["x"] != nil)
	var e interface{} = f
	println(e != nil)
	var nf func()
	e = nf
	println(e != nil, e.(func()) == nil)
	fs := make([]func(), 3)
	fs[1] = named
	n := 0
	for _, g := range fs {
		if g == nil {
			n++
		}
	}
	println(n)
}

// run

// Methods promoted through embedded pointers and through two levels of
// embedding satisfy interfaces; calls through the itab reach the right
// receiver.

package main

type Namer interface{ Name() string }
type Setter interface{ SetName(string) }
type NS interface {
	Namer
	Setter
}

type Base struct{ name string }

func (b *Base) Name() string     { return b.name }
func (b *Base) SetName(s string) { b.name = s }

type Mid struct {
	*Base
	level int
}

type Top struct {
	Mid
	extra string
}

type Val struct{ n int }

func (v Val) Name() string { return "val" + string(rune('0'+v.n)) }

type HasVal struct {
	pad [3]int
	Val
}

func main() {
	b := &Base{"b"}
	t := Top{Mid{b, 1}, "x"}
	var ns NS = t
	ns.SetName("renamed")
	println(ns.Name(), b.name, t.Name())
	var n Namer = &t
	println(n.Name())
	m := Mid{&Base{"m"}, 2}
	ns = m
	ns.SetName("m2")
	println(m.Name())
	hv := HasVal{Val: Val{7}}
	n = hv
	println(n.Name())
	n = &hv
	hv.n = 8
	println(n.Name())
	var e interface{} = t
	_, ok := e.(Setter)
	println(ok)
	e = hv
	_, ok = e.(Setter)
	println(ok)
}

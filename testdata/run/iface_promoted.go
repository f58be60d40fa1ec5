// run

package main

// Methods promoted from embedded fields (values, pointers, interfaces,
// two levels deep) satisfy interfaces; shallower methods win.

type Namer interface{ Name() string }
type Setter interface{ Set(int) }

type Base struct{ n int }

func (b Base) Name() string { return "base" }
func (b *Base) Set(v int)    { b.n = v }
func (b Base) Get() int      { return b.n }

type Mid struct {
	Base
	tag string
}

type Top struct {
	*Mid
	extra int
}

type Own struct{ Base }

func (o Own) Name() string { return "own" }

type WithIface struct {
	Namer
	x int
}

type Getter interface{ Get() int }

func main() {
	m := Mid{Base{1}, "m"}
	var n Namer = m
	println(n.Name())
	var s Setter = &m
	s.Set(5)
	println(m.n, m.Get())
	t := Top{&m, 2}
	n = t
	println(n.Name())
	s = t
	s.Set(9)
	println(m.n)
	var g Getter = t
	println(g.Get())
	n = Own{}
	println(n.Name())
	w := WithIface{Own{}, 3}
	n = w
	println(n.Name())
	var e interface{} = &m
	if st, ok := e.(Setter); ok {
		st.Set(11)
	}
	println(m.n)
	_, ok := e.(interface{ Missing() })
	println(ok)
}

var global Namer = Own{}
var globals = []Namer{Mid{}, Own{}, &Top{Mid: &Mid{}}}

func init() {
	for _, g := range globals {
		println(g.Name())
	}
	println(global.Name())
}

// run

// Method values of promoted methods (through embedded values and
// pointers) bind the receiver reached through the path at evaluation.

package main

type Inner struct{ n int }

func (i Inner) Get() int   { return i.n }
func (i *Inner) Bump()     { i.n++ }

type Mid struct{ Inner }
type Outer struct {
	*Mid
	tag string
}

func main() {
	m := Mid{Inner{1}}
	get := m.Get
	bump := m.Bump
	bump()
	bump()
	println(get(), m.n, m.Get())
	o := Outer{&Mid{Inner{10}}, "o"}
	og := o.Get
	ob := o.Bump
	ob()
	println(og(), o.n, o.Get())
	fs := []func() int{m.Get, o.Get, (&m).Get}
	m.n = 100
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}

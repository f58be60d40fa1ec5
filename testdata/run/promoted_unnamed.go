// run

// Unnamed struct types get the methods of their embedded fields: they
// convert to interfaces, and their method expressions and values work,
// through values and pointers.

package main

type S struct{ n int }

func (s S) Val() int     { return s.n }
func (s *S) Inc()        { s.n++ }
func (s S) name() string { return "S" }

type Valer interface{ Val() int }
type Incer interface {
	Inc()
	Val() int
}

type Named interface{ name() string }

type P struct{ k int }

func (p *P) Get() int { return p.k * 10 }

func main() {
	v := struct {
		x int
		S
	}{1, S{5}}
	var i Valer = v
	println(i.Val())
	var j Incer = &v
	j.Inc()
	println(j.Val(), v.n)
	var nm Named = struct{ S }{}
	println(nm.name())
	f := struct{ S }.Val
	println(f(struct{ S }{S{7}}))
	g := (*struct {
		x int
		S
	}).Inc
	g(&v)
	println(v.Val())
	w := struct{ *P }{&P{4}}
	h := struct{ *P }.Get
	println(h(w), w.Get())
	var k interface{ Get() int } = w
	mv := k.Get
	println(mv())
	_, ok := interface{}(struct{ S }{}).(Valer)
	_, ok2 := interface{}(struct{ S }{}).(Incer)
	_, ok3 := interface{}(&struct{ S }{}).(Incer)
	println(ok, ok2, ok3)
}

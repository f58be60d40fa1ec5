// run

// Calling a method promoted from an interface embedded in a struct,
// directly on the struct: through values, pointers, several levels of
// embedding (with pointers between), function results, map elements.
// A nil embedded interface faults at the call.

package main

type Inter interface {
	M() int64
	N(k int) string
}

type T int64

func (t T) M() int64         { return int64(t) }
func (t T) N(k int) string   { return string(rune('a' + int(t) + k)) }

type S struct{ Inter }

type Outer struct {
	pad int
	S
}

type Deep struct {
	name string
	*Outer
}

func mk(v int64) S { return S{T(v)} }

func main() {
	s := S{T(1)}
	println(s.M(), s.N(1))
	ps := &s
	println(ps.M(), ps.N(2))
	o := Outer{7, S{T(3)}}
	println(o.M(), o.N(0), (&o).M())
	d := Deep{"d", &o}
	println(d.M(), d.N(1))
	o.Inter = T(4)
	println(d.M())
	println(mk(5).M(), mk(6).N(0))
	m := map[string]S{"a": {T(8)}}
	println(m["a"].M())
	arr := []Outer{{0, S{T(9)}}, {0, S{T(10)}}}
	total := int64(0)
	for _, x := range arr {
		total += x.M()
	}
	println(total, arr[1].N(0))
	var anon struct{ Inter }
	anon.Inter = T(11)
	println(anon.M())
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	var empty S
	println(empty.M())
}

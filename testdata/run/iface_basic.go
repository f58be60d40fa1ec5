// run

package main

type I interface{ M() int }

type T struct {
	X int
	s string
}

func (t T) M() int { return t.X + len(t.s) }

type P int

func (p *P) M() int { return int(*p) * 2 }

type S string

func (s S) M() int { return len(s) }

func call(i I) int { return i.M() }

func main() {
	var i I = T{X: 3, s: "ab"}
	println(i.M())
	p := P(21)
	i = &p
	println(call(i))
	i = S("hello")
	println(call(i))
	var e interface{} = 42
	if v, ok := e.(int); ok {
		println("int", v)
	}
	if _, ok := e.(string); !ok {
		println("not string")
	}
	e = "str"
	switch x := e.(type) {
	case int:
		println("int", x)
	case string, bool:
		println("string or bool")
	case nil:
		println("nil")
	}
	var e2 interface{}
	switch e2.(type) {
	case nil:
		println("nil case")
	default:
		println("default")
	}
	println(e == "str", e == 3, e2 == nil)
	var j I
	println(j == nil)
	j = i
	k := j.(S)
	println(k)
	if ii, ok := e.(I); ok {
		println("bad", ii.M())
	} else {
		println("str not I")
	}
	e = T{X: 1}
	ii := e.(I)
	println(ii.M())
}

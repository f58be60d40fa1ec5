// run

package main

type I interface{ M() int }
type T int

func (t T) M() int { return int(t) * 3 }

type U struct{ a, b int }

func main() {
	var e interface{} = T(4)
	if t, ok := e.(T); ok {
		println("T", t)
	}
	i, ok := e.(I)
	println(ok, i.M())
	n, ok := e.(int)
	println(n, ok)
	var u U
	u, ok = e.(U)
	println(u.a, u.b, ok)
	e = U{1, 2}
	u, ok = e.(U)
	println(u.a, u.b, ok)
	i, ok = e.(I)
	println(i == nil, ok)
	var x interface{}
	_, ok = x.(interface{})
	println(ok)
	var y interface{} = x
	println(y == nil)
	var j I = T(2)
	e = j
	var k interface{} = j
	println(e == k, k.(I).M(), k.(T))
	s, ok := k.(interface{ M() int })
	println(s.M(), ok)
}

// run

// Local types with the same name in different functions and scopes are
// different types with their own descriptors (gc's main.T·1, main.T·2):
// assertions, type switches, == and map keys tell them apart, and both
// print as main.T.

package main

type A struct{}

func (A) Name() string { return "A" }

type B struct{}

func (B) Name() string { return "B" }

type Namer interface{ Name() string }

func f() (interface{}, func(interface{}) bool) {
	type T struct{ a int }
	return T{1}, func(x interface{}) bool { _, ok := x.(T); return ok }
}

func g() (interface{}, func(interface{}) bool) {
	type T struct{ a int }
	return T{1}, func(x interface{}) bool { _, ok := x.(T); return ok }
}

func mustG(x interface{}) int {
	type T struct{ a int }
	return x.(T).a
}

func h() []interface{} {
	var out []interface{}
	{
		type T int
		out = append(out, T(1))
	}
	{
		type T int
		out = append(out, T(1))
	}
	type T struct{ A }
	out = append(out, T{})
	return out
}

func k() interface{} {
	type T struct{ B }
	return T{}
}

var v = func() interface{} {
	type T int
	return T(1)
}()

func main() {
	x, isF := f()
	y, isG := g()
	println(isF(x), isF(y), isG(x), isG(y), x == y)
	hs := h()
	println(hs[0] == hs[1], hs[0] == v, hs[1] == v)
	println(hs[2].(Namer).Name(), k().(Namer).Name())
	m := map[interface{}]int{x: 1, y: 2, hs[0]: 3, hs[1]: 4, v: 5}
	println(len(m), m[x], m[y], m[hs[0]], m[hs[1]], m[v])
	switch hs[1].(type) {
	case int:
		println("int")
	default:
		println("not int")
	}
	func() {
		defer func() {
			println(recover().(error).Error())
		}()
		_ = x.(struct{ a int })
	}()
	defer func() {
		println(recover().(error).Error())
	}()
	println(mustG(y))
}

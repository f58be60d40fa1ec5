// run

// Comma-ok assertions never panic: to concrete types, to interfaces, from
// nil, with the zero value on failure.

package main

type I interface{ M() int }
type J interface{ N() string }
type T struct{ v int }

func (t T) M() int { return t.v }

type U struct{ s string }

func (u *U) M() int    { return len(u.s) }
func (u *U) N() string { return u.s }

func main() {
	var e interface{} = T{5}
	i, ok := e.(I)
	println(ok, i.M())
	j, ok := e.(J)
	println(ok, j == nil)
	u, ok := e.(*U)
	println(ok, u == nil)
	t, ok := e.(T)
	println(ok, t.v)

	e = &U{"abc"}
	i, ok = e.(I)
	println(ok, i.M())
	j, ok = i.(J)
	println(ok, j.N())
	t, ok = i.(T)
	println(ok, t.v)

	e = nil
	i, ok = e.(I)
	println(ok, i == nil)
	var ni I
	j, ok = ni.(J)
	println(ok, j == nil)
	s, ok := e.(string)
	println(ok, s == "", len(s))
	f, ok := e.(float64)
	println(ok, f)
	arr, ok := e.([3]int)
	println(ok, arr[0], arr[2])
	// Only the ok result.
	_, ok = interface{}(1).(int)
	println(ok)
	if _, ok := interface{}(U{}).(I); !ok {
		println("U is not I (pointer receivers)")
	}
}

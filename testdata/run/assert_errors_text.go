// run

// Recovered assertion failures are runtime.Error values whose Error()
// text is gc's, for every kind of failure.

package main

import "runtime"

type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{}

func (T) M() {}

type U int
type S struct{ x []int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if !ok {
			println(name, "not a runtime.Error")
			return
		}
		println(name+":", re.Error())
	}()
	f()
}

func main() {
	var e interface{} = T{}
	var i I = T{}
	var n interface{}
	var ni I
	try("E2T", func() { _ = e.(U) })
	try("E2*T", func() { _ = e.(*T) })
	try("I2T", func() { _ = i.(*T) })
	try("E2I", func() { _ = e.(J) })
	try("I2I", func() { _ = i.(J) })
	try("nil E2T", func() { _ = n.(int) })
	try("nil I2T", func() { _ = ni.(T) })
	try("nil E2I", func() { _ = n.(I) })
	try("nil I2I", func() { _ = ni.(J) })
	e = 3
	try("int", func() { _ = e.(string) })
	e = []int{1}
	try("slice", func() { _ = e.([]string) })
	e = S{}
	try("struct", func() { _ = e.(struct{ x []int }) })
	e = map[string]int{}
	try("map", func() { _ = e.(map[string]bool) })
	e = func() {}
	try("func", func() { _ = e.(func(int)) })
	e = [2]int{}
	try("array", func() { _ = e.([3]int) })
}

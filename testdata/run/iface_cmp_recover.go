// run

// Comparisons that panic are recoverable runtime errors; different
// dynamic types compare unequal without looking at the values.

package main

import "runtime"

type S struct{ f func() }
type A [2]map[int]int

type I interface{ M() }
type T []int

func (T) M() {}

func cmp(name string, a, b interface{}) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panics:", r.(runtime.Error).Error())
		}
	}()
	println(name, a == b)
}

func cmpI(name string, a, b I) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panics:", r.(error).Error())
		}
	}()
	println(name, a == b, a != b)
}

func main() {
	cmp("slice/int", []int{}, 1)
	cmp("slice/slice", []int{}, []int{})
	cmp("map", map[int]int{}, map[int]int{})
	cmp("func", func() {}, func() {})
	cmp("struct", S{}, S{})
	cmp("array", A{}, A{})
	cmp("nested", struct{ x interface{} }{[]int{}}, struct{ x interface{} }{[]int{}})
	cmp("nil/slice", nil, []int{})
	cmpI("T/T", T{}, T{})
	cmpI("T/nil", T{}, nil)
}

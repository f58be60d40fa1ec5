// run

// reflect.DeepEqual over every kind (cycles, NaNs, nil versus empty,
// unexported fields, interfaces, maps, funcs) and reflect.Swapper over
// several element sizes.

package main

import (
	"reflect"
)

type node struct {
	val  int
	next *node
}

type rec struct {
	a  int
	b  []string
	m  map[string]*node
	i  any
	f  func()
	ar [2]float64
}

type Big struct {
	A, B, C int64
	S       string
}

func main() {
	nan := 0.0
	nan = nan / nan
	println(reflect.DeepEqual(1, 1), reflect.DeepEqual(1, 2), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	println(reflect.DeepEqual("a", "a"), reflect.DeepEqual(nan, nan), reflect.DeepEqual([]float64{nan}, []float64{nan}), reflect.DeepEqual(1.5, 1.5), reflect.DeepEqual(2i, 2i))
	println(reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual([]int(nil), []int(nil)), reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{1, 2}, []int{2, 1}))
	println(reflect.DeepEqual(map[string]int{}, map[string]int(nil)), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 1}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"b": 1}))
	println(reflect.DeepEqual([3]int{1, 2, 3}, [3]int{1, 2, 3}), reflect.DeepEqual([3]int{1, 2, 3}, [3]int{1, 2, 4}))
	var f func()
	println(reflect.DeepEqual(f, f), reflect.DeepEqual(main, main), reflect.DeepEqual(true, true), reflect.DeepEqual(uint8(3), uint8(3)))
	x, y := 5, 5
	println(reflect.DeepEqual(&x, &y), reflect.DeepEqual(&x, &x), reflect.DeepEqual((*int)(nil), (*int)(nil)), reflect.DeepEqual(&x, (*int)(nil)))

	// Cycles.
	a := &node{1, nil}
	a.next = a
	b := &node{1, nil}
	b.next = b
	c := &node{1, &node{1, nil}}
	println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, c))
	l1 := []any{1}
	l1[0] = l1
	l2 := []any{1}
	l2[0] = l2
	println(reflect.DeepEqual(l1, l2))

	// Structs with unexported fields of every kind.
	r1 := rec{1, []string{"x"}, map[string]*node{"n": {2, nil}}, []int{3}, nil, [2]float64{1, 2}}
	r2 := rec{1, []string{"x"}, map[string]*node{"n": {2, nil}}, []int{3}, nil, [2]float64{1, 2}}
	println(reflect.DeepEqual(r1, r2), reflect.DeepEqual(&r1, &r2))
	r2.i = []int{4}
	println(reflect.DeepEqual(r1, r2))
	r2.i = []int{3}
	r2.m["n"].val = 9
	println(reflect.DeepEqual(r1, r2))
	r2.m["n"].val = 2
	r2.f = main
	println(reflect.DeepEqual(r1, r2))
	var e1, e2 error
	println(reflect.DeepEqual(e1, e2), reflect.DeepEqual([]error{nil}, []error{nil}), reflect.DeepEqual([]any{1, "a"}, []any{1, "a"}), reflect.DeepEqual([]any{1}, []any{int8(1)}))

	// Swapper.
	ints := []int{1, 2, 3}
	sw := reflect.Swapper(ints)
	sw(0, 2)
	println(ints[0], ints[1], ints[2])
	strs := []string{"a", "b"}
	reflect.Swapper(strs)(0, 1)
	println(strs[0], strs[1])
	bigs := []Big{{1, 2, 3, "one"}, {4, 5, 6, "two"}, {7, 8, 9, "three"}}
	bsw := reflect.Swapper(bigs)
	bsw(0, 2)
	bsw(1, 1)
	println(bigs[0].S, bigs[0].A, bigs[1].S, bigs[2].S, bigs[2].C)
	bytes := []byte("ab")
	reflect.Swapper(bytes)(0, 1)
	println(string(bytes))
	i16 := []int16{1, -1}
	reflect.Swapper(i16)(1, 0)
	println(i16[0], i16[1])
	f32 := []float32{1.5, 2.5}
	reflect.Swapper(f32)(1, 0)
	println(f32[0], f32[1])
	ptrs := []*int{&x, nil}
	reflect.Swapper(ptrs)(1, 0)
	println(ptrs[0] == nil, *ptrs[1])
	ifs := []any{1, "two"}
	reflect.Swapper(ifs)(0, 1)
	println(ifs[0].(string), ifs[1].(int))
	type pair struct{ a, b int8 }
	ps := []pair{{1, 2}, {3, 4}}
	reflect.Swapper(ps)(0, 1)
	println(ps[0].a, ps[1].b)
}

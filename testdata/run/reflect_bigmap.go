// run

// reflect over a map whose keys and elements are stored indirectly (over
// 128 bytes): MapKeys, MapIndex, MapRange, SetMapIndex, DeepEqual.

package main

import "reflect"

type K struct {
	A [20]int
	S string
}

type V struct {
	B [30]int
	T string
}

func main() {
	m := map[K]V{}
	for i := 0; i < 5; i++ {
		var k K
		k.A[19] = i
		k.S = string(rune('a' + i))
		var v V
		v.B[29] = i * 10
		v.T = k.S + k.S
		m[k] = v
	}
	mv := reflect.ValueOf(m)
	sum := 0
	for _, k := range mv.MapKeys() {
		v := mv.MapIndex(k)
		sum += int(k.Field(0).Index(19).Int()) + int(v.Field(0).Index(29).Int())
		if v.Field(1).String() != k.Field(1).String()+k.Field(1).String() {
			println("bad")
		}
	}
	it := mv.MapRange()
	n := 0
	for it.Next() {
		n += len(it.Value().Interface().(V).T)
	}
	var k K
	k.A[19] = 2
	k.S = "c"
	println(sum, n, mv.MapIndex(reflect.ValueOf(k)).Field(1).String(), reflect.DeepEqual(m, m))
	mv.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(V{T: "new"}))
	println(m[k].T, len(m))
}

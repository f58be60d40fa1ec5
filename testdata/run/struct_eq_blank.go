// run

// Blank (_) fields take no part in struct equality or in map keys.

package main

import "unsafe"

type T struct {
	a int
	_ int
	b string
	_ [2]float64
}

func mk(a int, b string, junk int) T {
	var t T
	t.a, t.b = a, b
	// Write junk into the blank fields through unsafe.
	w := (*[6]int)(unsafe.Pointer(&t))
	w[1] = junk
	w[4] = junk
	w[5] = -junk
	return t
}

func main() {
	t1 := T{a: 1, b: "x"}
	t2 := mk(1, "x", 7)
	println(t1 == t2)
	var e1, e2 interface{} = t1, t2
	println(e1 == e2)
	m := map[T]int{t1: 5}
	println(m[t2])
	arr := [2]T{t1, t2}
	arr2 := [2]T{t2, t1}
	println(arr == arr2)
	t2.b = "y"
	println(t1 == t2)
}

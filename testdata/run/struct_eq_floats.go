// run

// Struct and array equality with float fields: NaN is unequal to itself,
// -0 equals +0, so a struct with NaN is unequal to itself too.

package main

import "math"

type P struct {
	x, y float64
}

type Q struct {
	a float32
	b [2]float64
	s string
}

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	p := P{1, nan}
	println(p == p, p != p)
	println(P{0, 1} == P{negz, 1})
	a := [3]float64{1, nan, 3}
	println(a == a)
	b := [3]float64{1, 2, 3}
	c := b
	println(b == c)
	c[1] = negz
	b[1] = 0
	println(b == c)
	q1 := Q{1, [2]float64{2, 3}, "s"}
	q2 := q1
	println(q1 == q2)
	q2.b[1] = nan
	println(q2 == q2, q1 == q2)
	q2 = q1
	q2.a = float32(negz)
	q1.a = 0
	println(q1 == q2)
	var e1, e2 interface{} = P{nan, 1}, P{nan, 1}
	println(e1 == e2, e1 == e1)
	e1, e2 = [1]float32{float32(negz)}, [1]float32{0}
	println(e1 == e2)
	arr32 := [4]float32{1, 2, 3, 4}
	arr32b := arr32
	arr32b[3] = float32(nan)
	println(arr32 == arr32b, arr32 == [4]float32{1, 2, 3, 4})
}

// run

// Assertions distinguish named types that share an underlying type, and
// a named type from its underlying type: the descriptors differ.

package main

type A int
type B int
type Ints []int
type Pair struct{ x, y int }
type Pair2 struct{ x, y int }

func main() {
	var e interface{} = A(1)
	_, ok := e.(A)
	println("A as A", ok)
	_, ok = e.(B)
	println("A as B", ok)
	_, ok = e.(int)
	println("A as int", ok)

	e = Ints{1, 2}
	_, ok = e.([]int)
	println("Ints as []int", ok)
	s, ok := e.(Ints)
	println("Ints as Ints", ok, len(s), s[1])

	e = Pair{1, 2}
	_, ok = e.(Pair2)
	println("Pair as Pair2", ok)
	_, ok = e.(struct{ x, y int })
	println("Pair as struct", ok)
	e = struct{ x, y int }{3, 4}
	v, ok := e.(struct{ x, y int })
	println("struct as struct", ok, v.x, v.y)

	// Conversions between them are fine statically.
	p := Pair(Pair2{5, 6})
	e = p
	q, ok := e.(Pair)
	println(ok, q.x, q.y)
	b := B(A(7))
	e = b
	println(e.(B) == 7)
}

// run

// Interface equality compares dynamic types by identity: identical
// unnamed types built in different places are the same type, named types
// are not their underlying types.

package main

type P struct{ X, Y int }
type Q P
type Name string

func a() interface{} { return struct{ X, Y int }{1, 2} }
func b() interface{} {
	type local = struct{ X, Y int }
	return local{1, 2}
}

func main() {
	println(a() == b())
	println(a() == interface{}(P{1, 2}))
	println(interface{}(P{1, 2}) == interface{}(P{1, 2}))
	println(interface{}(P{1, 2}) == interface{}(Q{1, 2}))
	println(interface{}(Q(P{1, 2})) == interface{}(Q{1, 2}))
	println(interface{}("x") == interface{}(Name("x")))
	println(interface{}(Name("x")) == interface{}(Name("x")))
	println(interface{}([2]int{1, 2}) == interface{}([2]int{1, 2}))
	println(interface{}([2]int{1, 2}) == interface{}([2]int64{1, 2}))
	var p1, p2 *int = new(int), new(int)
	println(interface{}(p1) == interface{}(p1), interface{}(p1) == interface{}(p2))
	println(interface{}(int32(1)) == interface{}(rune(1)))
	println(interface{}(uint8(1)) == interface{}(byte(1)))
	var e1, e2 error
	println(interface{}(e1) == nil, e1 == e2)
}

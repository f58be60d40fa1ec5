// run

// Interfaces embedding interfaces, with overlapping method sets (Go 1.14),
// and method dispatch through the combined itab.

package main

type A interface {
	F() int
	G() int
}
type B interface {
	G() int
	H() int
}
type AB interface {
	A
	B
}
type ABX interface {
	AB
	X() string
	F() int
}

type T struct{ n int }

func (t T) F() int      { return t.n + 1 }
func (t T) G() int      { return t.n + 2 }
func (t T) H() int      { return t.n + 3 }
func (t T) X() string   { return "x" }

func useA(a A) int { return a.F() * a.G() }
func useB(b B) int { return b.G() * b.H() }

func main() {
	var x ABX = T{10}
	println(x.F(), x.G(), x.H(), x.X())
	var ab AB = x
	println(useA(ab), useB(ab), useA(x), useB(x))
	var e interface{} = ab
	_, ok := e.(ABX)
	println(ok)
	a := e.(A)
	b := a.(B)
	println(a.F(), b.H())
	var a2 A = ab
	println(a2 == a, a2 == A(T{10}), a2 == A(T{11}))
}

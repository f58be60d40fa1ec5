// run

package main

type P struct {
	x, y int
	s    string
}

type F struct{ f float64 }

type E interface{ Error() string }

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

func main() {
	var a, b interface{}
	println(a == b)
	a, b = 1, 1
	println(a == b)
	b = int64(1)
	println(a == b)
	a, b = "x", "x"
	println(a == b, a != b)
	a, b = P{1, 2, "s"}, P{1, 2, "s"}
	println(a == b)
	b = P{1, 2, "t"}
	println(a == b)
	a, b = F{0}, F{-0.0}
	println(a == b)
	a, b = [3]int{1, 2, 3}, [3]int{1, 2, 3}
	println(a == b)
	e1 := &myErr{"x"}
	var x, y E = e1, e1
	println(x == y)
	y = &myErr{"x"}
	println(x == y)
	var z E
	println(z == nil, x != nil)
	var nilp *myErr
	z = nilp
	println(z == nil, z != nil)
	println(a == [3]int{1, 2, 3}, 1 == a)
	var c interface{} = 2.5
	println(c == 2.5, c == 2)
}

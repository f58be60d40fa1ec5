// run

// The first matching case wins, the guard is evaluated once, and a
// switch on a non-empty interface value.

package main

type I interface{ M() int }
type J interface {
	M() int
	N()
}
type T int

func (t T) M() int { return int(t) }
func (T) N()       {}

var calls int

func get(i int) interface{} {
	calls++
	if i == 0 {
		return T(5)
	}
	return "s"
}

func main() {
	switch v := get(0).(type) {
	case I:
		println("I", v.M())
	case J:
		println("J")
	case T:
		println("T")
	}
	switch get(1).(type) {
	case int, string:
		println("int or string")
	}
	println(calls)
	var i I = T(3)
	switch x := i.(type) {
	case J:
		println("J", x.M())
	default:
		println("default")
	}
	switch i.(type) {
	}
	switch x := i.(type) {
	case nil:
		println("nil")
	default:
		println("default", x.M())
	}
	var ni I
	switch x := ni.(type) {
	case T:
		println("T", x)
	case nil:
		println("nil", x == nil)
	}
}

package main

// A panic in a method called through a method value, inside nested
// closures: the frames are named as gc names them, the .fm wrapper hidden.

type T struct{ a int }

func (t T) M(x int) {
	if x > 1 {
		panic("in M")
	}
}

func main() {
	f := func(k int) {
		g := func() {
			var t T
			m := t.M
			m(k)
		}
		g()
	}
	f(2)
}

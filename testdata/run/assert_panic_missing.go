// run
// exitcode 2

// Asserting to an interface the type does not implement names the first
// missing method.

package main

type I interface {
	M()
	N()
}

type T int

func (T) N() {}

func get() interface{} { return T(1) }

func main() {
	i := get().(I)
	i.N()
}

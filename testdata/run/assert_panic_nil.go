// run
// exitcode 2

// Asserting a nil interface to a concrete type.

package main

type I interface{ M() }

func get() I { return nil }

func main() {
	var e interface{}
	_, ok := e.(int)
	println(ok)
	s := get().(interface{ N() })
	println(s == nil)
}

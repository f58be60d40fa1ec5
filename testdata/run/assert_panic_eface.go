// run
// exitcode 2

// A failed assertion of interface{} to a concrete type names both types.

package main

type T struct{ a int }
type U struct{ a int }

func get() interface{} { return T{1} }

func main() {
	u := get().(U)
	println(u.a)
}

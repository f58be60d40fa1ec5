// run
// exitcode 2

// A pointer is not its element type: *main.T, not main.T.

package main

type T struct{ a int }

func get() interface{} { return &T{1} }

func main() {
	t := get().(T)
	println(t.a)
}

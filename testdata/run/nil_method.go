// run
// exitcode 2

// A value-receiver method called through a nil pointer dereferences it.

package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	t := &T{4}
	println(t.Get())
	t = nil
	println(t.Get())
}

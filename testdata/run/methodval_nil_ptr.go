// run
// exitcode 2

// A method value of a value method through a nil pointer dereferences
// the pointer when the method value is evaluated, not when it is called.

package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	var p *T
	println("before")
	f := p.Get
	println("after")
	println(f())
}

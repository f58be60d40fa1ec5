// run

// Closures in package variable initializers, init functions and methods.

package main

var counter = func() func() int {
	c := 0
	return func() int { c++; return c }
}()

var square = func(x int) int { return x * x }

var table = []func() string{
	func() string { return "first" },
	func() string { return "second" },
}

var initOrder []string

func init() {
	add := func(s string) { initOrder = append(initOrder, s) }
	add("init1")
	add(table[1]())
}

func init() {
	func() { initOrder = append(initOrder, "init2") }()
}

type Acc struct{ total int }

func (a *Acc) Adder() func(int) {
	return func(k int) { a.total += k }
}

func (a Acc) Doubler() func() int {
	return func() int { return a.total * 2 }
}

func main() {
	counter()
	counter()
	println(counter(), square(7), table[0]())
	for _, s := range initOrder {
		println(s)
	}
	acc := &Acc{}
	add := acc.Adder()
	add(5)
	add(6)
	d := acc.Doubler()
	add(100)
	println(acc.total, d())
}

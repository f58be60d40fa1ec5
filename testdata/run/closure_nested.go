// run

// Closures nested three deep capture variables of every enclosing level,
// by reference where they are modified.

package main

func outer(a int) func(int) func(int) int {
	total := 0
	return func(b int) func(int) int {
		total += b
		return func(c int) int {
			total += c
			a++
			return a*100 + b*10 + c + total*1000
		}
	}
}

func main() {
	f := outer(1)
	g := f(2)
	println(g(3))
	println(g(4))
	h := f(5)
	println(h(6), g(0))

	x := 0
	func() {
		func() {
			func() { x = 42 }()
		}()
	}()
	println(x)

	s := "s"
	add := func(t string) func() string {
		return func() string {
			s += t
			return s
		}
	}
	a, b := add("a"), add("b")
	a()
	b()
	println(a(), s)
}

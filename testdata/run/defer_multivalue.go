// run

// defer f(g()): g's results are evaluated at the defer statement, for
// functions, methods and func values.

package main

type T struct{ s string }

func (t T) Show(a int, b string) { println(t.s, a, b) }

func two() (int, string) { println("two evaluated"); return 2, "two" }

func show(a int, b string) { println("show", a, b) }

func main() {
	defer show(two())
	t := T{"T"}
	defer t.Show(two())
	f := show
	defer f(two())
	defer T.Show(t, 5, "five")
	println("body")
}

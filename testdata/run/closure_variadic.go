// run

// Variadic closures and func values: packing, spreading, empty calls.

package main

type Joiner func(sep string, parts ...string) string

func main() {
	sum := func(xs ...int) int {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t
	}
	println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5}...))
	var join Joiner = func(sep string, parts ...string) string {
		out := ""
		for i, p := range parts {
			if i > 0 {
				out += sep
			}
			out += p
		}
		return out
	}
	println(join("-", "a", "b", "c"), join(","), join("+", []string{"x", "y"}...))
	count := 0
	counter := func(xs ...int) { count += len(xs) }
	counter(1, 2)
	counter()
	counter(make([]int, 5)...)
	println(count)
	apply := func(f func(...int) int, xs ...int) int { return f(xs...) }
	println(apply(sum, 10, 20, 30))
}

// run

// Variadic func values: called with separate arguments, with a spread
// slice, with none; stored in variables, maps and struct fields.

package main

type Logger struct {
	log func(prefix string, args ...int) string
}

func join(prefix string, args ...int) string {
	s := prefix
	for _, a := range args {
		s += " " + string(rune('0'+a))
	}
	return s
}

func main() {
	f := join
	println(f("a"), f("b", 1), f("c", 1, 2, 3))
	xs := []int{4, 5}
	println(f("d", xs...))
	l := Logger{log: join}
	println(l.log("e", 6))
	count := func(args ...interface{}) int { return len(args) }
	println(count(), count(nil), count(1, "a", 2.5), count([]interface{}{1, 2}...))
	m := map[string]func(...string) string{
		"cat": func(ss ...string) string {
			r := ""
			for _, s := range ss {
				r += s
			}
			return r
		},
	}
	println(m["cat"]("x", "y", "z"), m["cat"]())
	var g func(...int) int
	println(g == nil)
	g = func(v ...int) int {
		if v == nil {
			return -1
		}
		return len(v)
	}
	println(g(), g(1), g([]int{}...))
}

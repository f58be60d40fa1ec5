// run

// Closures returned from functions keep their own copies of the
// enclosing function's variables and parameters.

package main

func counter(start int) func() int {
	return func() int {
		start++
		return start
	}
}

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func gen(words ...string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(words) {
			return "", false
		}
		i++
		return words[i-1], true
	}
}

type big struct{ a [20]int }

func holder(b big) func(int) int {
	return func(i int) int {
		b.a[i]++
		return b.a[i]
	}
}

func main() {
	c1, c2 := counter(0), counter(100)
	c1()
	c1()
	println(c1(), c2())
	add5 := adder(5)
	dbl := func(x int) int { return x * 2 }
	println(add5(1), compose(add5, dbl)(10), compose(dbl, add5)(10))
	next := gen("a", "b", "c")
	for {
		w, ok := next()
		if !ok {
			break
		}
		print(w)
	}
	println()
	var b big
	h := holder(b)
	h(3)
	println(h(3), b.a[3])
	fs := []func(int) int{adder(1), adder(2), compose(adder(3), adder(4))}
	t := 0
	for _, f := range fs {
		t += f(0)
	}
	println(t)
}

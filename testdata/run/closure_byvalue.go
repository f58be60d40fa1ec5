// run

// Variables that are never reassigned may be captured by value (gc's
// rule); every other kind of change after the capture must stay visible.

package main

type S struct{ a, b int }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

type Big struct{ data [40]int }

func main() {
	s := S{1, 2}
	f1 := func() int { return s.a }
	s.a = 5 // a field assignment changes s
	arr := [3]int{1, 2, 3}
	f2 := func() int { return arr[1] }
	arr[1] = 20
	var x int
	f3 := func() int { return x }
	x = 7
	y, z := 1, 2
	f4 := func() int { return y + z }
	y, w := 10, 3 // y is assigned again by :=
	n := 0
	f5 := func() int { return n }
	n++
	m := 1
	f6 := func() int { return m }
	p := &m
	*p = 99
	c := C{}
	f7 := func() int { return c.n }
	c.Inc()
	k := 5
	f8 := func() int { return k }
	func() { k *= 3 }()
	var big Big
	big.data[39] = 4
	f9 := func() int { return big.data[39] }
	println(f1(), f2(), f3(), f4(), w, f5(), f6(), f7(), f8(), f9())

	// Never reassigned: copies or shared, the same result.
	sl := []int{1, 2}
	ptr := &S{3, 4}
	str := "const"
	g := func() (int, int, string) { return sl[0], ptr.b, str }
	sl[0] = 100
	ptr.b = 400
	a, b, st := g()
	println(a, b, st)

	var fs []func() int
	for i := 0; i < 3; i++ {
		v := i * 10 // a new variable each iteration
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	count := 0
	incr := func() func() {
		return func() { count += 2 }
	}()
	incr()
	incr()
	println(count)
	println(param(3), paramChanged(3))
}

func param(k int) int {
	f := func() int { return k * 2 }
	return f()
}

func paramChanged(k int) int {
	f := func() int { return k * 2 }
	k = 50
	return f()
}

// run

// Captured variables of every kind are shared by reference between the
// function and its closures: parameters, named results, strings, structs,
// arrays, slices, pointers, floats and bools.

package main

type S struct {
	a    int
	name string
}

func params(x int, s string) (func(), func() (int, string)) {
	set := func() { x *= 10; s += "+" }
	get := func() (int, string) { return x, s }
	return set, get
}

func result() (r int) {
	add := func(k int) { r += k }
	add(3)
	add(4)
	return r * 2
}

func compound() {
	st := S{1, "one"}
	arr := [3]int{1, 2, 3}
	sl := []int{4, 5}
	f := 1.5
	b := false
	p := &st
	mod := func() {
		st.a = 100
		st.name += "!"
		arr[2] = 30
		sl = append(sl, 6)
		f *= 2
		b = !b
		p = nil
	}
	mod()
	println(st.a, st.name, arr[0], arr[2], len(sl), sl[2], f, b, p == nil)
	st = S{7, "seven"}
	show := func() { println(st.a, st.name) }
	show()
}

func shared() {
	n := 0
	inc := func() { n++ }
	dec := func() { n-- }
	get := func() int { return n }
	inc()
	inc()
	dec()
	inc()
	println(get(), n)
	n = 50
	println(get())
}

func nested() {
	a := 1
	f := func() func() int {
		b := 10
		return func() int {
			a++
			b++
			return a*100 + b
		}
	}
	g1 := f()
	g2 := f()
	println(g1(), g1(), g2(), a)
}

func manyVars() int {
	v1, v2, v3, v4, v5, v6, v7, v8 := 1, 2, 3, 4, 5, 6, 7, 8
	sum := func() int { return v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 }
	v8 = 80
	return sum()
}

func main() {
	set, get := params(4, "s")
	set()
	set()
	x, s := get()
	println(x, s)
	println(result())
	compound()
	shared()
	nested()
	println(manyVars())
}

// run

// Unnamed types built from different local types are different types:
// their descriptors must differ although they print alike.

package main

func f1() interface{} {
	type T int
	return struct{ x T }{1}
}

func f2() interface{} {
	type T int
	return struct{ x T }{1}
}

func main() {
	println(f1() == f2(), f1() == f1())
	_, ok := f1().(struct{ x int })
	println(ok)
	m := map[interface{}]int{f1(): 1, f2(): 2}
	println(len(m), m[f1()], m[f2()])
	var e interface{} = []struct{ x int }{}
	_, ok = e.([]struct{ x int })
	println(ok)
}

// run

// Func values compared with nil, zero func values in structs, arrays and
// slices, and func-typed fields, parameters and results.

package main

type Callbacks struct {
	onA func(int) int
	onB func()
	name string
}

type Fn func(string) string

func maybe(b bool) Fn {
	if b {
		return func(s string) string { return "[" + s + "]" }
	}
	return nil
}

func call(f Fn, s string) string {
	if f == nil {
		return "nil func"
	}
	return f(s)
}

func main() {
	var cb Callbacks
	println(cb.onA == nil, cb.onB == nil, cb.name == "")
	cb.onA = func(x int) int { return -x }
	println(cb.onA != nil, cb.onA(5))
	var arr [3]func()
	cnt := 0
	for i := range arr {
		if arr[i] == nil {
			cnt++
		}
	}
	println(cnt)
	arr[1] = func() { println("arr[1] called") }
	for _, f := range arr {
		if f != nil {
			f()
		}
	}
	fs := make([]func() int, 2)
	println(fs[0] == nil, len(fs))
	println(call(maybe(true), "x"), call(maybe(false), "y"), call(nil, "z"))
	var f func()
	g := f
	println(g == nil)
	f = func() {}
	println(f != nil, g == nil)
}

// run

// Map panics are recoverable errors with gc's texts: a plain error for
// assignment to a nil map, a runtime error for an unhashable key.

package main

func try(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println("recovered:", e.Error())
		}
	}()
	f()
}

func main() {
	try(func() {
		var m map[int]int
		m[1] = 1
	})
	try(func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	})
	try(func() {
		m := map[interface{}]bool{}
		_ = m[map[int]int{}]
	})
	try(func() {
		var m map[interface{}]int
		delete(m, func() {})
	})
	println("done")
}

// run

// Deferred calls run last-in first-out, at function return, after the
// result is set; each function's defers are its own.

package main

func trace(s string) { print(s, " ") }

func inner() int {
	defer trace("i1")
	defer trace("i2")
	trace("inner-body")
	return 1
}

func outer() {
	defer println()
	defer trace("o1")
	x := inner()
	defer trace("o2")
	defer func() { trace("o3") }()
	trace("outer-body")
	_ = x
}

func early(n int) {
	defer trace("always")
	if n > 0 {
		defer trace("positive")
		return
	}
	defer trace("nonpositive")
}

func main() {
	outer()
	early(1)
	early(0)
	println()
	for i := 0; i < 3; i++ {
		func() {
			defer trace("a")
			defer trace("b")
		}()
	}
	println()
}

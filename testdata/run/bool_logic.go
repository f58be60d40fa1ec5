// run

// Boolean operators with short-circuit evaluation (side effects show the
// order), comparisons of bools.

package main

var calls int

func t(n int) bool {
	calls += n
	return true
}

func f(n int) bool {
	calls += n
	return false
}

func main() {
	println(t(1) && f(2), calls)
	println(f(4) && t(8), calls)
	println(t(16) || f(32), calls)
	println(f(64) || t(128), calls)
	a, b := true, false
	println(a == b, a != b, !a, !b, a && !b, !(a || b))
	x := 5
	ok := x > 3 && x < 10 || x == 100
	println(ok)
	if !(x > 3) || f(0) {
		println("no")
	} else {
		println("yes")
	}
}

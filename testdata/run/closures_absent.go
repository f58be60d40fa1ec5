// run

// Functions used as plain calls in expressions of every statement form:
// conditions, switch tags, range expressions, index expressions and
// composite literal elements (no function values).

package main

var calls int

func n(x int) int {
	calls++
	return x
}

func list() []int { calls++; return []int{1, 2, 3} }

func main() {
	if n(1) == 1 && n(2) == 2 {
		println("both")
	}
	switch n(3) {
	case n(4), n(3):
		println("matched")
	}
	for _, v := range list() {
		print(v)
	}
	println()
	a := [5]int{0: n(10), 4: n(40)}
	println(a[0], a[4], a[n(4)])
	s := []int{n(7), n(8)}
	println(s[n(1)], calls)
}

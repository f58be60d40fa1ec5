// run

// Deferred closures in loops: Go 1.19 gives one variable per loop, so
// closures deferred in a loop all see its final value, while arguments
// are evaluated at each defer.

package main

func closures() {
	for i := 0; i < 3; i++ {
		defer func() { print("closure i=", i, " ") }()
	}
}

func args() {
	for i := 0; i < 3; i++ {
		defer func(k int) { print("arg k=", k, " ") }(i)
	}
}

func perIteration() {
	for i := 0; i < 3; i++ {
		j := i
		defer func() { print("copy j=", j, " ") }()
	}
}

func rangeDefer() {
	for idx, s := range []string{"a", "b", "c"} {
		defer func() { print(idx, s, " ") }()
	}
}

func nestedLoops() (total int) {
	for i := 1; i <= 2; i++ {
		for j := 1; j <= 2; j++ {
			defer func(a, b int) { total += a * b }(i, j)
		}
	}
	return 0
}

func main() {
	closures()
	println()
	args()
	println()
	perIteration()
	println()
	rangeDefer()
	println()
	println(nestedLoops())
}

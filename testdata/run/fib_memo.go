// run

// Fibonacci three ways: recursive, iterative with uint64 overflow, and
// memoized in a slice; values wrap around as Go's integers do.

package main

func rec(n int) int {
	if n < 2 {
		return n
	}
	return rec(n-1) + rec(n-2)
}

var memo []uint64

func mem(n int) uint64 {
	for len(memo) <= n {
		memo = append(memo, 0)
	}
	if n < 2 {
		return uint64(n)
	}
	if memo[n] != 0 {
		return memo[n]
	}
	memo[n] = mem(n-1) + mem(n-2)
	return memo[n]
}

func main() {
	println(rec(25))
	a, b := uint64(0), uint64(1)
	for i := 0; i < 100; i++ {
		a, b = b, a+b
	}
	println(a)
	println(mem(90), mem(100), len(memo))
	var x, y int8 = 0, 1
	for i := 0; i < 20; i++ {
		x, y = y, x+y
	}
	println(x, y)
}

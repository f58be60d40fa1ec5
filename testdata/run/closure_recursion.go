// run

// Recursion through closures: a variable holding the closure refers to
// itself, and mutually recursive closures.

package main

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	println(isEven(10), isOdd(7), isEven(7))

	memo := map[int]int{}
	var ways func(int) int
	ways = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := ways(n-1) + ways(n-2)
		memo[n] = r
		return r
	}
	println(ways(80), len(memo))

	depth := 0
	var walk func(n int)
	walk = func(n int) {
		if n > depth {
			depth = n
		}
		if n < 10000 {
			walk(n + 1)
		}
	}
	walk(0)
	println(depth)

	var perm func(prefix string, rest string)
	count := 0
	perm = func(prefix, rest string) {
		if rest == "" {
			count++
			if count <= 3 {
				println(prefix)
			}
			return
		}
		for i := 0; i < len(rest); i++ {
			perm(prefix+rest[i:i+1], rest[:i]+rest[i+1:])
		}
	}
	perm("", "abcd")
	println(count)
}

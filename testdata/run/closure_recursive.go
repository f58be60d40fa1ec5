// run

// Recursive closures through captured func variables, generators and
// closures passed down and returned up the stack.

package main

func memo() func(int) int {
	cache := make([]int, 100)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if cache[n] != 0 {
			return cache[n]
		}
		cache[n] = fib(n-1) + fib(n-2)
		return cache[n]
	}
	return fib
}

func evenOdd(n int) bool {
	var even, odd func(int) bool
	even = func(k int) bool {
		if k == 0 {
			return true
		}
		return odd(k - 1)
	}
	odd = func(k int) bool {
		if k == 0 {
			return false
		}
		return even(k - 1)
	}
	return even(n)
}

func gen(start, step int) (next func() int, reset func()) {
	cur := start
	next = func() int {
		v := cur
		cur += step
		return v
	}
	reset = func() { cur = start }
	return
}

func each(xs []int, f func(int, int)) {
	for i, x := range xs {
		f(i, x)
	}
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func adder(k int) func(int) int { return func(x int) int { return x + k } }

func main() {
	f := memo()
	println(f(50), f(10))
	println(evenOdd(10), evenOdd(7))
	next, reset := gen(3, 4)
	println(next(), next(), next())
	reset()
	println(next())
	sum := 0
	each([]int{5, 6, 7}, func(i, x int) { sum += i * x })
	println(sum)
	ys := mapInts([]int{1, 2, 3}, adder(10))
	println(ys[0], ys[1], ys[2])
	zs := mapInts(ys, func(x int) int { return adder(x)(x) })
	println(zs[0], zs[2])
	var deepf func(int) int
	deepf = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + deepf(n-1)
	}
	println(deepf(100000))
}

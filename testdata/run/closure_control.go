// run

// Control flow inside closures: loops, labels, goto, switch with
// fallthrough, early returns, and closures called from loops in closures.

package main

func main() {
	classify := func(n int) string {
		switch {
		case n < 0:
			return "neg"
		case n == 0:
			fallthrough
		case n == 1:
			return "small"
		}
		return "big"
	}
	println(classify(-3), classify(0), classify(1), classify(9))

	findPair := func(xs []int, target int) (int, int) {
	outer:
		for i := range xs {
			for j := i + 1; j < len(xs); j++ {
				if xs[i]+xs[j] == target {
					return i, j
				}
				if xs[j] > target {
					continue outer
				}
			}
		}
		return -1, -1
	}
	a, b := findPair([]int{1, 4, 6, 9}, 10)
	println(a, b)

	countdown := func(n int) (steps int) {
	loop:
		if n > 0 {
			n--
			steps++
			goto loop
		}
		return
	}
	println(countdown(5))

	total := 0
	for i := 0; i < 4; i++ {
		add := func(k int) {
			for j := 0; j < k; j++ {
				if j == 2 {
					break
				}
				total += j + 1
			}
		}
		add(i)
	}
	println(total)

	fib := func(n int) int {
		a, b := 0, 1
		for ; n > 0; n-- {
			a, b = b, a+b
		}
		return a
	}
	println(fib(30))
}

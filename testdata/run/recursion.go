// run

// Deep and mutual recursion.

package main

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	return hanoi(n-1, from, via, to) + 1 + hanoi(n-1, via, to, from)
}

func main() {
	println(even(100), odd(7), even(7))
	println(depth(100000))
	println(hanoi(16, "a", "b", "c"))
}

// run

// A 1,000,000-deep recursion with 64-byte frames: the goroutine's stack
// grows by copying from 8 KiB to 128 MiB.

package main

func down(n int, a, b, c int) int {
	if n == 0 {
		return a + b + c
	}
	return down(n-1, a+1, b, c) + 1
}

func main() {
	println(down(1000000, 0, 0, 0))
}

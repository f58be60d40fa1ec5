// run

// A 1,000,000-deep recursion with 64-byte frames (return address
// included, with our ABI0 frames): the goroutine's stack grows by copying
// from 8 KiB to 64 MiB.

package main

func down(n int, a, b, c, d int) int {
	if n == 0 {
		return a + b + c + d
	}
	return down(n-1, a+1, b, c, d+2) + 1
}

func main() {
	println(down(1000000, 0, 0, 0, 0))
}

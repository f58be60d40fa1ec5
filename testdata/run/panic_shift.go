// run
// exitcode 2

// A negative shift count panics.

package main

func sh(x int, s int) int { return x << s }

func main() {
	println(sh(1, 3))
	println(sh(1, -1))
}

// run
// exitcode 2

// Integer division by zero panics.

package main

func div(a, b int) int { return a / b }

func main() {
	println(div(7, 2))
	println(div(1, 0))
}

package main

// Integer division by zero.

func div(a, b int) int {
	return a / b
}

func main() {
	println(div(7, 0))
}

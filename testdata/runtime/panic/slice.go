package main

// Slice bounds and division failures, one per argument.

func sl(s []int, i, j int) []int {
	return s[i:j]
}

func div(a, b int) int {
	return a / b
}

func main() {
	s := make([]int, 3, 5)
	arg := 0
	for i := 0; i < len(bargs()); i++ {
		arg = i
	}
	_ = arg
	println(len(sl(s, 1, 7)))
	println(div(1, 0))
}

func bargs() []int { return nil }

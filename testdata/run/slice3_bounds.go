// run
// exitcode 2

// Slicing beyond the capacity panics.

package main

func cut(s []int, j int) []int { return s[:j] }

func main() {
	s := make([]int, 2, 4)
	println(len(cut(s, 4)))
	println(len(cut(s, 5)))
}

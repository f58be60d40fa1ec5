package main

// An index out of range in main.get, called from main.main.

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	println(get(s, 5))
}

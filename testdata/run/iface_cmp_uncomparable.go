// run
// exitcode 2

// Comparing two interfaces holding the same uncomparable type panics.

package main

func main() {
	var a, b interface{} = 1, 2
	println(a == b)
	a = []int{1}
	b = []int{1}
	println(a == b)
}

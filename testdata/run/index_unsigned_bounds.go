// run
// exitcode 2

// An out-of-range unsigned index panics (reported as unsigned).

package main

func get(a []int, i uint64) int { return a[i] }

func main() {
	a := []int{5, 6}
	println(get(a, 1))
	println(get(a, 18446744073709551615))
}

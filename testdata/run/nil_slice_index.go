// run
// exitcode 2

// Indexing a nil slice panics (length 0).

package main

func main() {
	var s []int
	println(len(s))
	s[0] = 1
}

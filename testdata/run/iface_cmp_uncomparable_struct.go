// run
// exitcode 2

// A struct with a slice field is uncomparable; the panic names the struct.

package main

type S struct {
	n int
	s []int
}

func eq(a, b interface{}) bool { return a == b }

func main() {
	println(eq(S{}, 1))
	println(eq(S{}, S{}))
}

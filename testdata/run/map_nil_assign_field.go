// run
// exitcode 2

// Assigning through a nil map held in a struct field panics.

package main

type T struct {
	name string
	m    map[string]int
}

func main() {
	t := T{name: "t"}
	println(t.m["x"], len(t.m))
	t.m["x"]++
	println("unreachable")
}

// run
// exitcode 2

// Assigning to an entry of a nil map panics with gc's plain error (no
// "runtime error: " prefix); reads and deletes of a nil map are fine.

package main

func main() {
	var m map[string]int
	println(m["a"], len(m))
	delete(m, "a")
	m["a"] = 1
	println("not reached")
}

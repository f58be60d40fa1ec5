// run
// exitcode 2

// An interface key holding a struct with a func field cannot be hashed.

package main

type S struct {
	a int
	f func()
}

func main() {
	m := map[interface{}]bool{}
	m[1] = true
	m[S{}] = true
	println(len(m))
}

// run
// exitcode 2

// A panic recovered and then raised again with a new value prints the
// chain: the first value marked [recovered].

package main

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("second")
	}()
	panic("first")
}

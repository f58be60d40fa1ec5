// run
// exitcode 2

// panic with a computed string message after some output.

package main

func main() {
	msg := "bad"
	for i := 0; i < 3; i++ {
		println("step", i)
		msg += "!"
	}
	panic("failure: " + msg)
}

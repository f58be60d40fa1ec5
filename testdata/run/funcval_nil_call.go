// run
// exitcode 2

// Calling a nil func value faults with gc's nil dereference panic.

package main

type H struct{ cb func(int) int }

func main() {
	var h H
	println("calling")
	println(h.cb(1))
}

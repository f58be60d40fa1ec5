// run
// exitcode 2

// A deferred call that panics while a panic is running: both values are
// printed, the first without [recovered].

package main

func cleanup() {
	panic("in cleanup")
}

func work() {
	defer cleanup()
	defer println("deferred print runs")
	panic("in work")
}

func main() {
	defer println("main's defer runs")
	work()
}

// run
// exitcode 2

// runtime.Goexit in the main goroutine runs every deferred call (recover
// returns nil in them: Goexit is not a panic), then, with no goroutine
// left, the program dies with gc's fatal error.

package main

import "runtime"

func inner() {
	defer println("inner deferred")
	defer func() {
		// A panic recovered inside a deferred call still works.
		defer func() { println("nested recover:", recover().(string)) }()
		panic("nested")
	}()
	runtime.Goexit()
	println("not reached")
}

func main() {
	defer func() { println("main deferred, recover() == nil:", recover() == nil) }()
	for i := 0; i < 3; i++ {
		defer println("loop", i)
	}
	inner()
	println("not reached")
}

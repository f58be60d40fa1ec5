// run

// A panic deep in a call chain runs every frame's deferred calls, innermost
// first, up to the frame that recovers, which returns normally to its
// caller.

package main

func level(n int) {
	defer println("leaving level", n)
	if n == 0 {
		panic("bottom")
	}
	level(n - 1)
	println("never printed", n)
}

func guard() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = true
		}
	}()
	level(3)
	return false
}

func middle() int {
	defer println("middle's defer")
	x := 1
	func() {
		defer func() { recover(); x = 2 }()
		level(1)
	}()
	return x
}

func main() {
	println(guard())
	println(middle())
	println("main continues")
}

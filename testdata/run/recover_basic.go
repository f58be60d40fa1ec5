// run

// recover stops a panic only when called directly by a deferred function
// while panicking; the function then returns normally with its results.

package main

func rec() (v int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
			v = 42
		}
	}()
	panic("boom")
}

func notPanicking() {
	defer func() { println("recover when not panicking:", recover() == nil) }()
	println("normal")
}

func helper() {
	r := recover()
	println("helper (not called by defer directly) recovered:", r != nil)
}

func notDirect() {
	defer func() {
		r := recover()
		println("outer recovered:", r != nil)
	}()
	defer func() {
		helper()
	}()
	panic("p")
}

func directHelper() {
	println("deferred helper recovered:", recover() != nil)
}

func deferredHelper() {
	defer directHelper()
	panic("h")
}

func deferRecover() {
	defer func() { println("after defer recover(), still panicking:", recover() != nil) }()
	defer recover()
	panic("q")
}

func unnamed() (int, string) {
	defer func() { recover() }()
	panic("u")
}

func twice() {
	defer func() {
		println("first recover:", recover() != nil)
		println("second recover:", recover() != nil)
	}()
	panic("t")
}

func remaining() {
	defer println("remaining defers still run")
	defer func() { recover() }()
	defer println("runs first")
	panic("r")
}

type T struct{ n int }

func (t *T) Recover() { println("method recovered:", recover() != nil, t.n) }

func methodRecover() {
	t := &T{3}
	defer t.Recover()
	panic("m")
}

func methodValueRecover() {
	t := &T{4}
	f := t.Recover
	defer f()
	panic("mv")
}

func loopRecover() (n int) {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if recover() != nil {
					n++
				}
			}()
			if i != 1 {
				panic("loop")
			}
		}()
	}
	return
}

func nested() {
	defer func() {
		println("outer sees:", recover() != nil)
	}()
	func() {
		defer func() {
			println("inner sees:", recover() != nil)
			panic("second")
		}()
		panic("first")
	}()
}

func main() {
	println(rec())
	notPanicking()
	notDirect()
	deferredHelper()
	deferRecover()
	n, s := unnamed()
	println(n, s == "")
	twice()
	remaining()
	methodRecover()
	methodValueRecover()
	println(loopRecover())
	nested()
	println("done")
}

// run

// recover returns nil unless called directly by a deferred function:
// a helper called from the deferred function does not stop the panic.

package main

func helper() interface{} { return recover() }

func indirect() (res string) {
	defer func() {
		r := recover()
		if r != nil {
			res = "outer recovered " + r.(string)
		}
	}()
	defer func() {
		println("helper got nil:", helper() == nil)
	}()
	panic("p1")
}

func direct() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "direct " + r.(string)
		}
	}()
	panic("p2")
}

func deferredHelper() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "not reached by helper: " + r.(string)
		}
	}()
	defer helper() // helper is the deferred function itself: it recovers
	panic("p3")
}

func nestedLiteral() (res string) {
	defer func() {
		func() {
			println("nested literal got nil:", recover() == nil)
		}()
		if r := recover(); r != nil {
			res = "then recovered " + r.(string)
		}
	}()
	panic("p4")
}

func main() {
	println(indirect())
	println(direct())
	println(deferredHelper() == "")
	println(nestedLiteral())
	println("recover outside panic:", recover() == nil)
}

// run

// Deferred closures capture variables by reference: they see the values
// at function exit, including those changed after the defer statement
// and by a recovered panic path.

package main

func f(fail bool) (out string) {
	state := "start"
	count := 0
	defer func() {
		if r := recover(); r != nil {
			state += "+recovered"
		}
		out = state
		println("count", count)
	}()
	for i := 0; i < 3; i++ {
		count++
	}
	state = "middle"
	if fail {
		panic("x")
	}
	state = "end"
	return "ignored"
}

func main() {
	println(f(false))
	println(f(true))
}

// run

// A deferred function that panics and recovers its own panic leaves the
// outer panic running; an outer recover then sees the outer value.

package main

func inner() {
	defer func() {
		println("inner recovered:", recover().(string))
	}()
	panic("inner")
}

func f() (s string) {
	defer func() {
		s = "f recovered: " + recover().(string)
	}()
	defer func() {
		inner() // a whole panic and recovery while "outer" is running
		println("after inner")
	}()
	panic("outer")
}

func g() (s string) {
	defer func() {
		s = "g recovered: " + recover().(string)
	}()
	defer func() {
		defer func() {
			println("nested defer recovered:", recover().(string))
		}()
		panic("in defer")
	}()
	panic("g")
}

func main() {
	println(f())
	println(g())
}

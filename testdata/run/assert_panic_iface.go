// run
// exitcode 2

// Asserting a non-empty interface to the wrong concrete type names the
// interface as the source.

package main

type I interface{ M() int }

type T int

func (t T) M() int { return int(t) }

type U string

func (u U) M() int { return len(u) }

func get() I { return U("abc") }

func main() {
	println(get().M())
	t := get().(T)
	println(t)
}

// run

// Package variables are initialized in the spec's order (gc's): the
// earliest variable in declaration order whose dependencies are
// initialized, dependencies counted through functions, methods, method
// values and closures; a multi-variable declaration's variables are
// separate unless one call initializes them.

package main

func trace(name string, v int) int {
	println("init", name, v)
	return v
}

// Each of a and b is its own initialization: b first, then c, then a.
var a, b = trace("a", c), trace("b", 1)
var c = trace("c", b+1)

// Through a function and a method.
var d = trace("d", f()+T{}.m())

func f() int { return e * 2 }

type T struct{}

func (T) m() int { return g }

var e = trace("e", 3)
var g = trace("g", 4)

// One call initializes both: h and i together, after j.
var h, i = pair()
var j = trace("j", 5)

func pair() (int, int) { return trace("h", j+1), trace("i", j+2) }

// Through a method value and a closure.
var k = trace("k", mv())
var mv = T{}.n

func (T) n() int { return l }

var l = trace("l", func() int { return o + 1 }())
var o = trace("o", 6)

// Blank variables are initialized too.
var _ = trace("_", p)
var p = trace("p", 7)

func init() {
	println("init func", a, b, c, d, h, i, k, l)
}

func main() {
	println("main")
}

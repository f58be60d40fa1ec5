// run

// Package variables initialized by calls of closures, in the spec's order;
// printing a string variable that is still zero (nil data pointer).

package main

var sp = ""

func f(name string, _ ...int) int {
	print(sp, name)
	sp = " "
	return 0
}

var a = f("a", x)
var b = f("b", y)
var c = f("c", z)
var d = func() int {
	if false {
		_ = z
	}
	return f("d")
}()
var e = f("e")

var x int
var y int = 42
var z int = func() int { return 42 }()

func main() { println() }

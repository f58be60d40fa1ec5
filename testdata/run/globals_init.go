// run

// Package-level variables initialized in dependency order (not
// declaration order), init functions run in order before main.

package main

var a = b + 1
var b = f()
var c, d = 10, "dee"
var total int
var tab = []int{a, b, c}
var msg string

func f() int { return c * 2 }

func init() {
	total = a + b + c
	msg = "first"
}

func init() {
	msg += " second"
}

func main() {
	println(a, b, c, d, total, msg, len(tab), tab[0])
}

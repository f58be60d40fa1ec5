// run

// Package initialization follows dependencies through function bodies:
// x needs total(), which reads y and z; z needs w.

package main

var x = total() * 2
var y = 3
var z = w + 1
var w = y * 10
var order []string

func total() int {
	note("total")
	return y + z
}

func note(s string) { order = append(order, s) }

var last = len(order)

func init() {
	note("init")
}

func main() {
	println(x, y, z, w, last)
	for _, s := range order {
		println(s)
	}
}

// run
// exitcode 2

// An interface key whose dynamic type has no == (a slice) panics with
// gc's run-time error naming the type.

package main

func main() {
	m := map[interface{}]int{1: 1}
	println(m[1])
	var k interface{} = []int{1}
	m[k] = 2
	println("not reached")
}

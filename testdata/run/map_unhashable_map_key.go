// run
// exitcode 2

// A map inside an interface key cannot be hashed.

package main

func main() {
	m := map[interface{}]int{}
	m[[2]int{}] = 1
	var k interface{} = map[string]bool{}
	println(m[k])
}

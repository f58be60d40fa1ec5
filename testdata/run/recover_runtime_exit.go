// run
// exitcode 2

// A run-time error re-raised with panic(r) after recovery prints the
// chain with [recovered] and exits with status 2.

package main

func main() {
	defer func() {
		r := recover()
		println("caught:", r.(error).Error())
		panic(r)
	}()
	var m map[string]int
	m["x"] = 1
}

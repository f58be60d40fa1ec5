// run

// Calls of an imported package's function (runtime.Gosched) from main,
// direct and through a function value.

package main

import "runtime"

func main() {
	yield := runtime.Gosched
	for i := 0; i < 3; i++ {
		runtime.Gosched()
		yield()
		println("after yield", i)
	}
}

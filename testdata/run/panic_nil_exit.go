// run
// exitcode 2

// An unrecovered panic(nil) prints "panic: nil".

package main

func main() {
	panic(nil)
}

// run

// Hello world with the println builtin: the whole toolchain and the
// runtime's start-up path, main goroutine and print functions.

package main

func main() {
	println("hello world")
}

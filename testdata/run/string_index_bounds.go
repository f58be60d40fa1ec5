// run
// exitcode 2

// Indexing a string past its end panics with gc's message.

package main

func at(s string, i int) byte { return s[i] }

func main() {
	println(at("abc", 2))
	println(at("abc", 3))
}

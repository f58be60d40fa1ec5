// run
// exitcode 2

// s[i:j] with i > j panics.

package main

func cut(s []byte, i, j int) []byte { return s[i:j] }

func main() {
	b := []byte("hello")
	println(string(cut(b, 1, 4)))
	println(string(cut(b, 4, 1)))
}

// run
// exitcode 2

// Slice bounds out of range.

package main

func cut(s string, i, j int) string { return s[i:j] }

func main() {
	println(cut("hello", 1, 3))
	println(cut("hello", 3, 9))
}

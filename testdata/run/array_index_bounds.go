// run
// exitcode 2

// A variable index into an array is checked against its length.

package main

var table [4]string

func main() {
	table[1] = "one"
	for i := 0; i < 6; i++ {
		println(i, table[i])
	}
}

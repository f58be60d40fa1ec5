// run

// print and println of a multi-value call: the results are the arguments,
// in order, with println's spaces between them.

package main

func pair(n int) (int, string) { return n * 2, "s" }

func mixed() (bool, float64, uint8, string, []int) { return true, -2.5, 255, "", nil }

var calls int

func counted() (int, int) {
	calls++
	return calls, -calls
}

func main() {
	println(pair(21))
	print(pair(1))
	print("\n")
	println(mixed())
	print(mixed())
	println()
	println(counted())
	println(counted())
	println(calls)
}

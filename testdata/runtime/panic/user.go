package main

// panic with a string value, three calls deep.

func f(n int) {
	if n > 2 {
		panic("boom")
	}
	f(n + 1)
}

func main() {
	f(0)
}

package main

// A deferred call run at a normal return panics.

func cleanup(n int) {
	if n == 2 {
		panic("cleanup failed")
	}
	println("cleanup", n)
}

func work() int {
	for i := 1; i <= 3; i++ {
		defer cleanup(i)
	}
	return 7
}

func main() {
	println(work())
}

package main

// Endless recursion: the stack grows to gc's 1e9-byte limit, then the
// runtime reports a stack overflow (exit status 2).

func f(n int) int {
	var pad [6]int
	pad[n%6] = n
	return f(n+1) + pad[0]
}

func main() {
	println(f(0))
}

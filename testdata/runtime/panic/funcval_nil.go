package main

// Calling a nil func value faults: gc's nil dereference panic.

func main() {
	var f func(int) int
	println("before")
	println(f(1))
}

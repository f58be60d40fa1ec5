package main

// A deferred call panics while the first panic runs it.

func main() {
	defer func() {
		panic("second")
	}()
	panic("first")
}

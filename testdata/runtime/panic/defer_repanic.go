package main

// A deferred call recovers and panics again: gc's chained report.

func f() {
	defer func() {
		recover()
		panic("second")
	}()
	panic("first")
}

func main() {
	defer println("main's defer runs")
	f()
}

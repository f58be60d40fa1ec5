package main

// Deferred calls run before an unrecovered panic's report.

func main() {
	defer println("deferred 1")
	defer func() {
		println("deferred 2 sees nothing to recover:", recover() == nil)
	}()
	var m []int
	m[3] = 1
}

package main

// A nil pointer dereference: SIGSEGV turned into a run-time panic.

type T struct{ a, b int }

func read(p *T) int {
	return p.b
}

func main() {
	var p *T
	println(read(p))
}

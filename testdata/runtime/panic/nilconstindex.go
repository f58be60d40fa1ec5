package main

// Indexing an array field through a nil pointer with a constant index
// faults at the element (addr=0x30), as gc's.

type T struct{ a, b [4]int }

func get(p *T) int {
	return p.b[2]
}

func main() {
	println(get(&T{}))
	var p *T
	println(get(p))
}

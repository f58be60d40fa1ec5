package main

// Indexing an array field through a nil pointer with a variable index:
// the nil check stays and faults at the base (addr=0x0), as gc's.

type T struct{ a, b [4]int }

func get(p *T, i int) int {
	return p.b[i]
}

func main() {
	println(get(&T{}, 1))
	var p *T
	println(get(p, 2))
}

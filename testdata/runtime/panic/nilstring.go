package main

// Copying a string field through a nil pointer faults at the field
// (addr=0x10), as gc's.

type T struct {
	a, b int
	s    string
}

func get(p *T) string {
	return p.s
}

func main() {
	var p *T
	println(get(p))
}

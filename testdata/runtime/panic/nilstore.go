package main

// A store through a nil pointer faults at the field (addr=0x8), as gc's.

type T struct{ a, b int }

func write(p *T) {
	p.b = 7
}

func main() {
	var p *T
	write(p)
}

package main

// A field beyond the unmapped page at address 0: the nil check stays and
// faults at the base (addr=0x0), as gc's.

type T struct {
	a   int
	pad [5000]byte
	b   int
}

func read(p *T) int {
	return p.b
}

func main() {
	var p *T
	println(read(p))
}

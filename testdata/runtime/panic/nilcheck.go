package main

// A nil check with no access after it (`_ = p.b`) faults at the base
// address: addr=0x0 in the signal line, as gc.

type T struct{ a, b int }

func check(p *T) {
	_ = p.b
}

func main() {
	var p *T
	check(p)
}

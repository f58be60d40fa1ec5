package codegen

type point struct{ x, y int }

func (p *point) move(dx int) { p.x += dx }

// A method call on an addressable local (moved to the heap) and println.
func callMethod() {
	var p point
	p.move(3)
	println(p.x, "done")
}

// append with runtime.growslice.
func push(s []byte, b byte) []byte {
	return append(s, b)
}

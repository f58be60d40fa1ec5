// run

// Interface cases match by method set, in case order; a typed nil
// pointer matches its pointer type and the interfaces it implements.

package main

type A interface{ A() }
type B interface{ B() }
type AB interface {
	A
	B
}

type ta struct{}
type tab struct{}
type tb int

func (ta) A()   {}
func (tab) A()  {}
func (tab) B()  {}
func (*tb) B()  {}

func which(e interface{}) string {
	switch e.(type) {
	case AB:
		return "AB"
	case A:
		return "A"
	case B:
		return "B"
	case nil:
		return "nil"
	}
	return "none"
}

func which2(i A) string {
	switch v := i.(type) {
	case B:
		v.B()
		return "A+B"
	case ta:
		return "ta"
	default:
		_ = v
		return "default"
	}
}

func main() {
	var p *tb
	println(which(ta{}), which(tab{}), which(p), which(tb(1)), which(nil), which(&tab{}))
	println(which2(ta{}), which2(tab{}), which2(&ta{}), which2(nil))
}

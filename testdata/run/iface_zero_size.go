// run

// Zero-sized values in interfaces: all compare equal by type, work as
// map keys, and carry methods.

package main

type Empty struct{}
type Unit [0]int
type Tok struct{}

func (Tok) Name() string { return "tok" }

type Named interface{ Name() string }

func main() {
	var a, b interface{} = Empty{}, Empty{}
	println(a == b, a == interface{}(Unit{}), a == interface{}(struct{}{}))
	m := map[interface{}]int{}
	m[Empty{}] = 1
	m[Unit{}] = 2
	m[struct{}{}] = 3
	m[Empty{}]++
	println(len(m), m[Empty{}], m[Unit{}], m[struct{}{}])
	var n Named = Tok{}
	println(n.Name(), n == Named(Tok{}))
	arr := []Named{Tok{}, Tok{}, &Tok{}}
	for _, x := range arr {
		print(x.Name(), " ")
	}
	println()
	_, isTok := arr[2].(Tok)
	_, isPtr := arr[2].(*Tok)
	println(isTok, isPtr)
	ms := map[Empty]string{}
	ms[Empty{}] = "x"
	ms[Empty{}] += "y"
	println(len(ms), ms[Empty{}])
}

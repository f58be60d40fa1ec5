// run

// Deferred calls whose arguments are interfaces, big structs and
// strings: converted and copied at the defer statement.

package main

type Big struct {
	vals [12]int
	name string
}

func show(e interface{}, b Big, s string) {
	switch v := e.(type) {
	case int:
		println("int", v, b.vals[11], b.name, s)
	case string:
		println("string", v, b.vals[11], b.name, s)
	}
}

type Shower interface{ Name() string }
type T struct{ n string }

func (t T) Name() string { return t.n }

func name(s Shower) { println("name", s.Name()) }

func main() {
	var b Big
	b.vals[11] = 1
	b.name = "first"
	x := 5
	s := "s1"
	defer show(x, b, s)
	b.vals[11] = 2
	b.name = "second"
	x = 6
	s = "s2"
	defer show("str", b, s)
	t := T{"t1"}
	defer name(t)
	t.n = "t2"
	var sh Shower = t
	defer name(sh)
	sh = T{"t3"}
}

// run

// Structs: fields, nested and embedded structs with promoted fields,
// pointers with automatic dereference, ==, copies, new.

package main

type Inner struct {
	a, b int
	name string
}

type Outer struct {
	Inner
	c    float64
	flag bool
	in   Inner
}

type Node struct {
	val  int
	next *Node
}

func main() {
	var o Outer
	o.a = 1
	o.Inner.b = 2
	o.name = "emb"
	o.in.name = "field"
	o.c = 2.5
	println(o.a, o.b, o.name, o.in.name, o.c, o.flag)
	p := &o
	p.a = 10
	p.in.a = 20
	println(o.a, o.in.a, p.Inner.a)
	q := o
	q.a = 99
	println(o.a, q.a, o == q, o.Inner == o.Inner)
	q.a = 10
	println(o == q)
	var head *Node
	for i := 0; i < 5; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.next {
		print(n.val, " ")
	}
	println()
	np := new(Inner)
	np.name = "new"
	println(np.a, np.name, (*np).name)
	x := Inner{b: 3}
	y := Inner{0, 3, ""}
	println(x == y, x != y)
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	ps[1].v += 40
	println(ps[0].k, ps[1].v)
}

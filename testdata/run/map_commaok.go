// run

// Comma-ok lookups return the zero value of every element type when the
// key is missing, and a present zero value is told apart from a missing one.

package main

type S struct {
	a int
	b string
	c [3]float64
}

func main() {
	mi := map[string]int{"zero": 0}
	v, ok := mi["zero"]
	println(v, ok)
	v, ok = mi["none"]
	println(v, ok)

	ms := map[int]string{1: ""}
	s, ok := ms[1]
	println(len(s), ok)
	s, ok = ms[2]
	println(len(s), ok)

	mst := map[int]S{1: {1, "x", [3]float64{1, 2, 3}}}
	st, ok := mst[1]
	println(st.a, st.b, st.c[2], ok)
	st, ok = mst[2]
	println(st.a, st.b == "", st.c[2], ok)

	mp := map[int]*S{1: nil}
	p, ok := mp[1]
	println(p == nil, ok)
	p, ok = mp[2]
	println(p == nil, ok)

	me := map[int]interface{}{1: nil}
	e, ok := me[1]
	println(e == nil, ok)
	e, ok = me[3]
	println(e == nil, ok)

	mf := map[int]func() int{}
	f, ok := mf[0]
	println(f == nil, ok)

	mb := map[int]bool{}
	if _, ok := mb[5]; !ok {
		println("missing")
	}
	mb[5] = false
	if b, ok := mb[5]; ok && !b {
		println("present false")
	}
	var big map[string][100]int
	arr, ok := big["x"]
	println(arr[99], ok)
	// ok into an existing variable of a named bool type.
	type Bool bool
	var nb Bool
	_, nb = mi["zero"]
	println(nb)
}

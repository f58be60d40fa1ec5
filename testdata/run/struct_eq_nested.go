// run

// Nested structs and arrays of structs, compared field by field through
// generated equality functions, including padding between fields that
// must not take part.

package main

type Inner struct {
	b  byte
	n  int64
	s  string
}

type Outer struct {
	in  Inner
	arr [3]Inner
	p   *int
	f   float32
	ok  bool
}

type Padded struct {
	a int8
	b int32
	c int8
	d int64
	e int16
}

func main() {
	x := 5
	o1 := Outer{in: Inner{1, 2, "s"}, p: &x, f: 1.5, ok: true}
	o1.arr[2] = Inner{3, 4, "t"}
	o2 := o1
	println(o1 == o2)
	o2.arr[2].s = "u"
	println(o1 == o2)
	o2 = o1
	y := 5
	o2.p = &y
	println(o1 == o2)
	o2.p = &x
	o2.ok = false
	println(o1 == o2)

	var p1, p2 Padded
	p1 = Padded{1, 2, 3, 4, 5}
	p2 = Padded{1, 2, 3, 4, 5}
	println(p1 == p2)
	arr1 := [4]Padded{p1, p1, p1, p1}
	arr2 := arr1
	println(arr1 == arr2)
	arr2[3].e = 6
	println(arr1 == arr2)
	var e1, e2 interface{} = p1, p2
	println(e1 == e2)
	m := map[Padded]int{p1: 1}
	println(m[p2])
}

// run

// Expression switches whose tag is a slice, map, func or pointer with
// `case nil`, and switches mixing a concrete tag with interface cases
// and an interface tag with concrete cases.

package main

type Stringer interface{ String() string }
type N int

func (n N) String() string { return "n" }

func kindOf(s []int, m map[int]int, f func(), p *int) string {
	r := ""
	switch s {
	case nil:
		r += "s=nil "
	default:
		r += "s!=nil "
	}
	switch m {
	case nil:
		r += "m=nil "
	}
	switch f {
	case nil:
		r += "f=nil "
	default:
		r += "f!=nil "
	}
	switch p {
	case nil:
		r += "p=nil"
	default:
		r += "p!=nil"
	}
	return r
}

func main() {
	x := 1
	println(kindOf(nil, nil, nil, nil))
	println(kindOf([]int{}, map[int]int{}, func() {}, &x))
	var e interface{} = 3
	var st Stringer = N(2)
	for _, v := range []int{1, 2, 3} {
		switch v {
		case e:
			println(v, "equals e")
		default:
			println(v, "default")
		}
	}
	n := N(2)
	switch n {
	case st:
		println("n equals st")
	}
	switch e {
	case nil:
		println("nil")
	case 3:
		println("three")
	}
	var ne interface{}
	switch ne {
	case nil:
		println("ne is nil")
	}
	switch st {
	case N(1):
		println("one")
	case N(2):
		println("two")
	}
}

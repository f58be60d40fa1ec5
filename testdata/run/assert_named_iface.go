// run

// Assertions between named interface types with identical method sets:
// the dynamic type decides, not the interface's name.

package main

type R1 interface{ Read() int }
type R2 interface{ Read() int }
type RW interface {
	Read() int
	Write(int)
}

type F struct{ v int }

func (f *F) Read() int   { return f.v }
func (f *F) Write(v int) { f.v = v }

type RO int

func (r RO) Read() int { return int(r) }

func main() {
	var a R1 = RO(5)
	b := a.(R2)
	println(b.Read())
	var c R2 = a // assignable: identical method sets
	println(c.Read())
	_, ok := a.(RW)
	println(ok)
	a = &F{7}
	rw := a.(RW)
	rw.Write(8)
	println(a.Read(), c.Read())
	var e interface{} = a
	switch x := e.(type) {
	case R2:
		println("R2 first", x.Read())
	case R1:
		println("R1")
	}
	var r1 R1 = c
	println(r1 == a, r1 == R1(RO(5)))
}

// run

// Struct equality with a field of every comparable kind, changing one
// field at a time.

package main

type I interface{ M() }
type K int

func (K) M() {}

type All struct {
	b   bool
	i8  int8
	u16 uint16
	i32 int32
	u64 uint64
	up  uintptr
	f32 float32
	f64 float64
	c64 complex64
	c   complex128
	s   string
	p   *int
	e   interface{}
	i   I
	a   [2]int8
	st  struct{ x, y int16 }
}

func main() {
	x := 1
	base := All{true, -1, 2, -3, 4, 5, 6.5, 7.5, 8i, 9 + 1i, "s", &x, "e", K(1), [2]int8{1, 2}, struct{ x, y int16 }{3, 4}}
	v := base
	println(v == base)
	changes := []func(*All){
		func(a *All) { a.b = false },
		func(a *All) { a.i8 = 1 },
		func(a *All) { a.u16 = 0 },
		func(a *All) { a.i32 = 3 },
		func(a *All) { a.u64 = 1 << 60 },
		func(a *All) { a.up = 0 },
		func(a *All) { a.f32 = 6.25 },
		func(a *All) { a.f64 = -7.5 },
		func(a *All) { a.c64 = 8 },
		func(a *All) { a.c = 9 - 1i },
		func(a *All) { a.s = "t" },
		func(a *All) { y := 1; a.p = &y },
		func(a *All) { a.e = 'e' },
		func(a *All) { a.i = K(2) },
		func(a *All) { a.a[1] = 0 },
		func(a *All) { a.st.y = 0 },
	}
	for i, ch := range changes {
		w := base
		ch(&w)
		print(i, ":", w == base, w != base, " ")
	}
	println()
	var e1, e2 interface{} = base, v
	println(e1 == e2)
	m := map[All]int{base: 1}
	println(m[v])
}

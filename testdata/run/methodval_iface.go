// run

// Method values of interface values, interface method expressions and
// promoted method expressions (through embedded values and pointers).

package main

type Shape interface {
	Area() int
	Scale(k int) Shape
	name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int           { return r.w * r.h }
func (r Rect) Scale(k int) Shape   { return Rect{r.w * k, r.h * k} }
func (r Rect) name() string        { return "rect" }

type Sq struct{ s int }

func (q *Sq) Area() int         { return q.s * q.s }
func (q *Sq) Scale(k int) Shape { return &Sq{q.s * k} }
func (q *Sq) name() string      { return "sq" }

type Big struct {
	a, b, c, d int64
}

func (b Big) Sum(x int64) int64 { return b.a + b.b + b.c + b.d + x }
func (b *Big) Inc()             { b.a++ }

type Summer interface{ Sum(int64) int64 }

type Inner struct{ v int }

func (i Inner) Get() int     { return i.v }
func (i *Inner) Set(v int)   { i.v = v }
func (i Inner) Pair() (int, string) { return i.v, "inner" }

type Mid struct {
	Inner
	tag string
}

type Outer struct {
	*Mid
	Big
	n int
}

type WithIface struct {
	Shape
	id int
}

type Stringer interface{ String() string }

type name string

func (n name) String() string { return "name:" + string(n) }

func apply(f func(int) Shape, k int) int { return f(k).Area() }

func main() {
	// Method values of interface values.
	var s Shape = Rect{2, 3}
	area := s.Area
	scale := s.Scale
	s = &Sq{4} // the method values keep the old receiver
	println(area(), scale(2).Area(), s.Area())
	println(apply(s.Scale, 3), s.name())
	nm := s.name
	println(nm())
	var sm Summer = Big{1, 2, 3, 4}
	f := sm.Sum
	println(f(10))
	var st Stringer = name("x")
	g := st.String
	println(g())
	fs := []func() int{Rect{1, 1}.Area, s.Area, Shape(Rect{5, 5}).Area}
	for _, h := range fs {
		println(h())
	}

	// Interface method expressions.
	ia := Shape.Area
	is := (Shape).Scale
	in := Shape.name
	println(ia(Rect{3, 3}), ia(&Sq{2}), is(Rect{1, 2}, 5).Area(), in(Rect{}), in(&Sq{}))
	ss := Summer.Sum
	println(ss(Big{1, 1, 1, 1}, 100))
	println(Stringer.String(name("direct")))
	println(interface{ Area() int }.Area(Rect{7, 1}))

	// Promoted method expressions.
	o := Outer{Mid: &Mid{Inner{3}, "m"}, Big: Big{1, 2, 3, 4}, n: 9}
	og := Outer.Get
	println(og(o))
	ops := (*Outer).Set
	ops(&o, 42)
	println(o.Get(), (*Outer).Get(&o), Mid.Get(*o.Mid), (*Mid).Get(o.Mid))
	(*Mid).Set(o.Mid, 7)
	println(o.v)
	osum := Outer.Sum
	println(osum(o, 1000))
	(*Outer).Inc(&o)
	println(o.a, (*Outer).Sum(&o, 0))
	v, t := Outer.Pair(o)
	println(v, t)
	mp := Mid.Pair
	v, t = mp(Mid{Inner{-1}, ""})
	println(v, t)
	wi := WithIface{Rect{4, 5}, 1}
	wa := WithIface.Area
	println(wa(wi), (*WithIface).Area(&wi), WithIface.name(wi))
	// Promoted method values through interfaces embedded in structs.
	wv := wi.Area
	wi.Shape = Rect{1, 1}
	println(wv(), wi.Area())

	// A method value of a nil interface panics where it is evaluated.
	defer func() {
		println("recovered:", recover() != nil)
	}()
	var ns Shape
	h := ns.Area
	println("not reached", h)
}

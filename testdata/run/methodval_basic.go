// run

// Method values bind their receiver when evaluated: value receivers are
// copied, pointer receivers share; promoted methods through embedding.

package main

type Point struct{ X, Y int }

func (p Point) Sum() int       { return p.X + p.Y }
func (p *Point) Scale(k int)   { p.X *= k; p.Y *= k }
func (p Point) Str() string    { return "pt" }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Big struct {
	s    string
	arr  [5]int
	name string
}

func (b Big) Desc() (string, int) { return b.s + b.name, b.arr[4] }

type Inner struct{ v int }

func (i Inner) V() int    { return i.v }
func (i *Inner) Bump()    { i.v++ }

type Outer struct {
	Inner
	tag string
}

type PtrOuter struct {
	*Inner
}

type Counter int

func (c *Counter) Inc() { *c++ }
func (c Counter) Get() int { return int(c) }

func main() {
	p := Point{1, 2}
	sum := p.Sum
	scale := p.Scale
	p.X = 10
	println(sum(), p.Sum())
	scale(3)
	println(p.X, p.Y, sum())
	pp := &p
	s2 := pp.Sum // copies *pp now
	pp.Y = 100
	println(s2(), pp.Sum())
	add := p.Add
	r := add(Point{1, 1})
	println(r.X, r.Y)
	b := Big{s: "big", name: "!"}
	b.arr[4] = 44
	desc := b.Desc
	b.s = "changed"
	d, n := desc()
	println(d, n)
	o := Outer{Inner{5}, "t"}
	v := o.V
	bump := o.Bump
	bump()
	bump()
	println(v(), o.V(), o.v)
	po := PtrOuter{&Inner{7}}
	pb := po.Bump
	pb()
	println(po.V())
	var c Counter
	inc := c.Inc
	inc()
	inc()
	get := c.Get
	inc()
	println(c.Get(), get())
	fs := []func() int{p.Sum, o.V, c.Get}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	println(Point{3, 4}.Str())
	str := Point{}.Str
	println(str())
}

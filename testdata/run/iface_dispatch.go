// run

// Method calls through itabs: several types behind one interface, value
// and pointer receivers, large and small receivers, methods in sorted
// order regardless of declaration order.

package main

type Shape interface {
	Area() int
	Name() string
	Scale(k int) Shape
}

type Sq struct{ s int }

func (q Sq) Name() string       { return "sq" }
func (q Sq) Area() int          { return q.s * q.s }
func (q Sq) Scale(k int) Shape  { return Sq{q.s * k} }

type Rect struct{ w, h, pad1, pad2, pad3 int }

func (r *Rect) Area() int         { return r.w * r.h }
func (r *Rect) Name() string      { return "rect" }
func (r *Rect) Scale(k int) Shape { return &Rect{w: r.w * k, h: r.h * k} }

type Tri uint8

func (t Tri) Scale(k int) Shape { return Tri(int(t) * k) }
func (t Tri) Area() int         { return int(t) * int(t) / 2 }
func (t Tri) Name() string      { return "tri" }

type Str string

func (s Str) Area() int         { return len(s) }
func (s Str) Name() string      { return string(s) }
func (s Str) Scale(k int) Shape {
	r := ""
	for i := 0; i < k; i++ {
		r += string(s)
	}
	return Str(r)
}

func main() {
	shapes := []Shape{Sq{3}, &Rect{w: 2, h: 5}, Tri(4), Str("ab"), &Sq{2}}
	total := 0
	for _, s := range shapes {
		t := s.Scale(2)
		println(s.Name(), s.Area(), t.Name(), t.Area())
		total += t.Area()
	}
	println(total)
	var s Shape = Sq{1}
	for i := 0; i < 5; i++ {
		s = s.Scale(2)
	}
	println(s.Area())
}

// Polymorphic interface calls: 50,000,000 calls at one call site that
// cycles through four dynamic types (pointer and value receivers).

package main

type Shape interface{ Area() int }

type sq struct{ s int }
type rect struct{ w, h int }
type tri struct{ b, h int }
type dot int

func (q *sq) Area() int  { return q.s * q.s }
func (r rect) Area() int { return r.w * r.h }
func (t *tri) Area() int { return t.b * t.h / 2 }
func (d dot) Area() int  { return int(d) }

//go:noinline
func total(shapes []Shape, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += shapes[i&3].Area()
	}
	return s
}

func main() {
	shapes := []Shape{&sq{3}, rect{2, 5}, &tri{4, 3}, dot(1)}
	println(total(shapes, 50000000))
}

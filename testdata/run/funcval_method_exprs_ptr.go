// run

// Method expressions of pointer methods and of value methods on value
// types, used as func values, in maps and sort-like callbacks.

package main

type Vec struct{ x, y int }

func (v Vec) Dot(w Vec) int  { return v.x*w.x + v.y*w.y }
func (v *Vec) Add(w Vec)     { v.x += w.x; v.y += w.y }
func (v Vec) Less(w Vec) bool { return v.x < w.x || (v.x == w.x && v.y < w.y) }

func sortBy(vs []Vec, less func(Vec, Vec) bool) {
	for i := 1; i < len(vs); i++ {
		for j := i; j > 0 && less(vs[j], vs[j-1]); j-- {
			vs[j], vs[j-1] = vs[j-1], vs[j]
		}
	}
}

func main() {
	dot := Vec.Dot
	add := (*Vec).Add
	v := Vec{1, 2}
	add(&v, Vec{3, 4})
	println(v.x, v.y, dot(v, Vec{1, 1}))
	vs := []Vec{{3, 1}, {1, 2}, {1, 1}, {2, 0}}
	sortBy(vs, Vec.Less)
	for _, w := range vs {
		print(w.x, ",", w.y, " ")
	}
	println()
	ops := map[string]func(*Vec, Vec){"add": (*Vec).Add}
	ops["add"](&vs[0], Vec{10, 10})
	println(vs[0].x, vs[0].y)
	type pair struct {
		f    func(Vec, Vec) int
		name string
	}
	p := pair{Vec.Dot, "dot"}
	println(p.name, p.f(Vec{2, 3}, Vec{4, 5}))
}

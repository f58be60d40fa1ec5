// run

// Method expressions: T.m and (*T).m as functions taking the receiver
// first, called directly and as values; method values of embedded types.

package main

type Vec struct{ x, y int }

func (v Vec) Len2() int          { return v.x*v.x + v.y*v.y }
func (v Vec) Plus(w Vec) Vec     { return Vec{v.x + w.x, v.y + w.y} }
func (v *Vec) Scale(k int)       { v.x *= k; v.y *= k }
func (v *Vec) Get() (int, int)   { return v.x, v.y }
func (v Vec) Names(p string) string { return p + "vec" }

type Named int

func (n Named) Twice() Named { return n * 2 }
func (n *Named) Inc()        { *n++ }

func apply(f func(Vec) int, vs []Vec) int {
	t := 0
	for _, v := range vs {
		t += f(v)
	}
	return t
}

func main() {
	v := Vec{3, 4}
	println(Vec.Len2(v), apply(Vec.Len2, []Vec{{1, 1}, {2, 2}}))
	plus := Vec.Plus
	w := plus(v, Vec{1, 2})
	println(w.x, w.y)
	scale := (*Vec).Scale
	scale(&v, 10)
	x, y := (*Vec).Get(&v)
	println(x, y)
	println(Vec.Names(v, "my"))
	get := (*Vec).Get
	a, b := get(&Vec{7, 8})
	println(a, b)
	n := Named(21)
	println(Named.Twice(n))
	inc := (*Named).Inc
	inc(&n)
	inc(&n)
	println(n)
	fs := []func(Named) Named{Named.Twice, func(m Named) Named { return m + 1 }}
	for _, f := range fs {
		println(f(5))
	}
}

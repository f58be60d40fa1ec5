// run

// Method expressions as ordinary functions: T.m takes the receiver as
// its first argument; (*T).m for pointer methods; passed and stored.

package main

type V struct{ x int }

func (v V) Plus(k int) int  { return v.x + k }
func (v *V) Scale(k int)   { v.x *= k }
func (v V) Pair() (int, int) { return v.x, -v.x }

type S string

func (s S) Len() int { return len(s) }

func apply(f func(V, int) int, v V) int { return f(v, 3) }

func main() {
	plus := V.Plus
	println(plus(V{1}, 2), apply(V.Plus, V{10}))
	scale := (*V).Scale
	v := V{4}
	scale(&v, 5)
	println(v.x)
	a, b := V.Pair(V{9})
	println(a, b)
	lens := []func(S) int{S.Len, func(s S) int { return 2 * len(s) }}
	for _, f := range lens {
		print(f("abc"), " ")
	}
	println()
	var f func(V, int) int
	println(f == nil)
	f = V.Plus
	println(f != nil, f(V{1}, 1))
	m := map[string]func(*V, int){"scale": (*V).Scale}
	m["scale"](&v, 2)
	println(v.x)
}

// run
// exitcode 2

// Generated wrappers ((*T).m, promoted methods, I.m, method values) are
// transparent: recover() works in a method reached through them, a nil
// *T reaching a value method panics with gc's panicwrap message, and
// tracebacks hide them.

package main

type R struct{ n int }

func (r R) Rec() { println("recovered:", recover() != nil, r.n) }

type Recer interface{ Rec() }

type Outer struct {
	x int
	R
}

type Deep struct{ *Outer }

func viaPtrWrap() {
	var r Recer = &R{1}
	defer r.Rec()
	panic("x")
}

func viaMethodValue() {
	var r Recer = &R{2}
	f := r.Rec
	defer f()
	panic("x")
}

func viaMethodExpr() {
	defer Recer.Rec(&R{3})
	panic("x")
}

func viaPromoted() {
	defer Outer{0, R{4}}.Rec()
	panic("x")
}

func viaPromotedIface() {
	var r Recer = &Deep{&Outer{0, R{5}}}
	defer r.Rec()
	panic("x")
}

type T struct{ n int }

func (t T) Boom(k int) int {
	if k > 0 {
		panic("boom")
	}
	return t.n
}

type Boomer interface{ Boom(int) int }

type Wrap struct {
	s string
	T
}

type Wrap2 struct{ *Wrap }

//go:noinline
func callBoom(b Boomer, k int) int { return b.Boom(k) }

func main() {
	viaPtrWrap()
	viaMethodValue()
	viaMethodExpr()
	viaPromoted()
	viaPromotedIface()
	func() {
		defer func() { println(recover().(error).Error()) }()
		var p *T
		callBoom(p, 0)
	}()
	func() {
		defer func() { println(recover().(error).Error()) }()
		var p *Wrap
		callBoom(Wrap2{p}, 0)
	}()
	var b Boomer = &Wrap2{&Wrap{"w", T{7}}}
	println(callBoom(b, 0))
	callBoom(b, 1)
}

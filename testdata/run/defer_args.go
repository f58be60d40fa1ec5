// run

// A defer statement evaluates the function value and arguments at once: a
// panic there happens before anything is deferred, and a nil func value
// only panics when the deferred call runs.

package main

func show(a, b int) { println("show", a, b) }

func badArg() {
	defer func() { println("recovered from defer args:", recover() != nil) }()
	var s []int
	i := 3
	defer show(s[i], 1) // panics here: show is never deferred
	println("not reached")
}

func nilFunc() {
	defer func() { println("nil deferred func panics when run:", recover() != nil) }()
	var f func()
	defer f()
	println("nil func deferred")
}

func order() {
	trace := func(s string) int { println("eval", s); return len(s) }
	defer show(trace("first"), trace("second!"))
	println("body")
}

type T struct{ n int }

func (t T) Show() { println("T.Show", t.n) }

func receiverNow() {
	var p *T
	defer func() { println("nil receiver copy panics at defer:", recover() != nil) }()
	defer p.Show()
	println("not reached")
}

func main() {
	badArg()
	nilFunc()
	order()
	receiverNow()
}

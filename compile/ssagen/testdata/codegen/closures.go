package codegen

// Func values, closures (by value and by reference), a method value, and
// a function with defer and recover: closure objects, ClosureCall through
// DX, NEEDCTXT/WRAPPER flags, deferproc's result check and the recovery
// block.

type T struct{ n int }

func (t T) Get() int { return t.n }

func apply(f func(int) int, x int) int { return f(x) }

func Counter(k int) (func() int, func()) {
	n := 0
	get := func() int { return n + k }
	inc := func() { n++ }
	return get, inc
}

func Bound(t T) func() int { return t.Get }

func Safe(x int) (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return apply(func(y int) int { return 10 / y }, x)
}

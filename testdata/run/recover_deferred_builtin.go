// run

// `defer recover()`: recover itself is the deferred call. Deferred in a
// function that a panic is running, it stops that panic when the function
// returns; deferred where no panic runs the function, it does nothing.

package main

func check(tag string) {
	if r := recover(); r != nil {
		println(tag, "recovered", r.(string))
	} else {
		println(tag, "nothing to recover")
	}
}

// The literal runs because of the panic; its deferred recover stops it.
func a() {
	defer check("a")
	defer func() {
		defer recover()
	}()
	panic("pa")
}

// Not during a panic: recover returns nil, the later panic is seen by
// check.
func b() {
	defer check("b")
	func() {
		defer recover()
	}()
	panic("pb")
}

// The inner panic is stopped by the directly deferred check; the
// deferred recover then stops the outer panic on the literal's return.
func c() {
	defer check("c-outer")
	defer func() {
		defer recover()
		defer check("c-inner")
		panic("inner")
	}()
	panic("pc")
}

// The deferred recover runs while the inner panic is running (called by
// it, not by the literal's return): it stops nothing.
func d() {
	defer check("d-outer")
	defer func() {
		defer check("d-inner")
		defer recover()
		panic("inner")
	}()
	panic("pd")
}

// recover deferred directly in the panicking function: it is given
// e's FP, but the panic runs it as its own deferred call, so it stops
// nothing; the caller's check does.
func e() {
	defer recover()
	panic("pe")
}

func f() {
	defer check("f")
	e()
}

func main() {
	a()
	b()
	c()
	d()
	f()
}

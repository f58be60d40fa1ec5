// run

// A nil pointer in an interface is not a nil interface; methods with
// pointer receivers can still be called on it.

package main

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func bad(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // never a nil interface
}

func good(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type I interface{ M() int }
type T struct{}

func (*T) M() int { return 7 }

func main() {
	println(bad(false) == nil, bad(true) == nil)
	println(good(false) == nil, good(true) == nil)
	println(bad(false).Error(), bad(true).Error())
	var e error = bad(false)
	p, ok := e.(*MyErr)
	println(ok, p == nil)
	var t *T
	var i I = t
	println(i != nil, i.M())
	var e2 interface{} = (*int)(nil)
	println(e2 == nil, e2 == (*int)(nil), e2 == (*float64)(nil))
	var s []int
	var e3 interface{} = s
	println(e3 == nil)
	var f func()
	var e4 interface{} = f
	println(e4 == nil)
	var m map[int]int
	var e5 interface{} = m
	println(e5 == nil)
	switch e.(type) {
	case nil:
		println("nil case")
	case *MyErr:
		println("*MyErr case")
	}
}

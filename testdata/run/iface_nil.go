// run

package main

// A nil interface is not an interface holding a typed nil pointer.

type I interface{ M() string }

type T struct{}

func (t *T) M() string {
	if t == nil {
		return "nil *T"
	}
	return "T"
}

func get(b bool) I {
	var p *T
	if b {
		return p
	}
	return nil
}

func err(fail bool) error {
	var e *myErr
	if fail {
		e = &myErr{}
	}
	return e
}

type myErr struct{}

func (*myErr) Error() string { return "myErr" }

func main() {
	println(get(true) == nil, get(false) == nil)
	println(get(true).M())
	var e interface{} = (*T)(nil)
	println(e == nil, e.(*T) == nil)
	println(err(false) == nil, err(true) == nil)
	var i I
	println(i == nil)
	i = &T{}
	println(i.M(), i != nil)
	i = nil
	println(i == nil)
	var x interface{} = i
	println(x == nil)
}

// run

// nil interface values through conversions: I to J keeps nil,
// assertions of nil to the same interface fail, a nil interface passed
// as interface{} is nil.

package main

type I interface{ M() }
type J interface{}
type K interface {
	M()
	N()
}

type T struct{}

func (T) M() {}
func (T) N() {}

func isNil(e interface{}) bool { return e == nil }

func main() {
	var i I
	var j J = i
	println(j == nil, isNil(i), isNil(j))
	_, ok := j.(I)
	println(ok)
	var k K
	i = k
	println(i == nil)
	k = T{}
	i = k
	println(i != nil)
	ii, ok := i.(I)
	println(ok, ii != nil)
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	var n I
	_ = n.(I)
}

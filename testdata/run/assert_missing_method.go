// run

package main

// A method named _ is in no method set, and an interface used only in
// assertions has its complete method set (embedded interfaces included).

type I interface {
	Foo()
}

type J interface {
	I
	Bar() int
}

type S struct{}

func (s *S) _()   {}
func (s *S) Foo() {}

type T struct{}

func (t *T) _() {}

func try(e interface{}) {
	defer func() {
		if r := recover(); r != nil {
			println(r.(error).Error())
		}
	}()
	i := e.(I)
	println("ok", i != nil)
}

func main() {
	try(&S{})
	try(&T{})
	var e interface{} = &S{}
	_, ok := e.(J)
	println(ok)
	try(nil)
}

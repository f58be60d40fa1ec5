// run

// An interface embedded in a struct: its methods are promoted, the struct
// satisfies the interface, and overriding one method works like a
// decorator. A nil embedded interface panics when called.

package main

type Logger interface {
	Log(s string) string
	Level() int
}

type base struct{ prefix string }

func (b base) Log(s string) string { return b.prefix + s }
func (b base) Level() int           { return 1 }

type loud struct {
	Logger
	n int
}

func (l loud) Log(s string) string { return l.Logger.Log(s) + "!" }

type counted struct {
	Logger
}

func use(l Logger) {
	println(l.Log("msg"), l.Level())
}

func main() {
	b := base{"> "}
	use(b)
	l := loud{Logger: b, n: 3}
	use(l)
	use(&l)
	c := counted{l}
	use(c)
	var i Logger = c
	if _, ok := i.(counted); ok {
		println("is counted")
	}
	println(c.Logger.(loud).n)

	defer func() {
		println("recovered:", recover() != nil)
	}()
	var empty counted
	use(empty)
}

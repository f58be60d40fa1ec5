// run

// An unexported interface method is matched by name and package: a type of
// another package with a method of the same name and signature does not
// implement the interface, also through embedding.

package main

import "strings"

type checker interface{ copyCheck() }

type both interface {
	Len() int
	copyCheck()
}

type mine struct{ n int }

func (m *mine) copyCheck() {}
func (m *mine) Len() int   { return m.n }

type embedsBuilder struct {
	*strings.Builder
}

type embedsMine struct {
	*mine
}

func check(name string, x interface{}) {
	_, ok := x.(checker)
	_, ok2 := x.(both)
	_, ok3 := x.(interface{ copyCheck() })
	_, ok4 := x.(interface{ Len() int })
	print(name, " ", ok, " ", ok2, " ", ok3, " ", ok4)
	switch x.(type) {
	case checker:
		println(" checker")
	default:
		println(" other")
	}
}

func main() {
	check("builder", new(strings.Builder))
	check("mine", &mine{1})
	check("embedsBuilder", embedsBuilder{new(strings.Builder)})
	check("embedsMine", embedsMine{&mine{2}})
	defer func() {
		println(recover().(error).Error())
	}()
	var x interface{} = new(strings.Builder)
	_ = x.(checker)
}

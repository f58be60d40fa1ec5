// run
// exitcode 2

// Three panics: the first recovered and re-raised, the second replaced by
// a third in a later defer.

package main

import "errors"

type E struct{ msg string }

func (e E) Error() string { return "E: " + e.msg }

func main() {
	defer func() {
		panic(errors.New("third"))
	}()
	defer func() {
		recover()
		panic(E{"second"})
	}()
	panic(42)
}

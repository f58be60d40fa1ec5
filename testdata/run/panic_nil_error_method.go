// run
// exitcode 2

// A panic value that is a nil pointer of a type whose Error method
// handles nil receivers prints that method's text.

package main

type E struct{ msg string }

func (e *E) Error() string {
	if e == nil {
		return "nil E"
	}
	return e.msg
}

func main() {
	var e *E
	panic(e)
}

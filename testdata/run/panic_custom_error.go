// run
// exitcode 2

// An uncaught panic with an error value prints its Error() text.

package main

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return "line " + string(rune('0'+e.Line)) + ": " + e.Msg
}

func parse(line int) {
	panic(&ParseError{line, "unexpected token"})
}

func main() {
	defer println("deferred")
	parse(3)
}

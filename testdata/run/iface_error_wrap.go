// run

// error values: errors.New identity, custom error types, wrapping with
// Unwrap, errors.Is through the chain.

package main

import "errors"

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string { return "code " + string(rune('0'+int(c))) }

func find(q string) error {
	if q == "" {
		return &QueryError{q, ErrNotFound}
	}
	if q == "bad" {
		return codeErr(4)
	}
	return nil
}

func main() {
	e1 := find("")
	println(e1.Error())
	println(errors.Is(e1, ErrNotFound), e1 == ErrNotFound)
	println(errors.Unwrap(e1) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	e2 := find("bad")
	println(e2.Error(), errors.Is(e2, ErrNotFound), errors.Is(e2, codeErr(4)))
	println(find("ok") == nil)
	println(errors.New("x") == errors.New("x"))
	if qe, ok := e1.(*QueryError); ok {
		println("query", qe.Query == "", qe.Err == ErrNotFound)
	}
	var err error = codeErr(2)
	switch v := err.(type) {
	case *QueryError:
		println("query error")
	case codeErr:
		println("code", int(v))
	}
}

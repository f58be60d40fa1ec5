// errors.go: Errorf, the only formatting entry point that accepts %w.
package fmt

import "errors"

// Errorf formats like Sprintf and returns the text as an error. With one
// %w verb whose operand is an error, the result also has an Unwrap
// method returning that operand.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	var err error
	if p.wrappedErr == nil {
		err = errors.New(s)
	} else {
		err = &wrapError{s, p.wrappedErr}
	}
	p.free()
	return err
}

// wrapError is the error of an Errorf with %w.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// run

// errors.As: targets of concrete and interface types, through Unwrap
// chains and As methods, and gc's panics for bad targets; errors.Is with
// an uncomparable error.

package main

import (
	"errors"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path }

type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

type code int

func (c code) Error() string { return "code " + string(rune('0'+int(c))) }

type timeout interface {
	Timeout() bool
}

type timeoutErr struct{}

func (timeoutErr) Error() string { return "timeout" }
func (timeoutErr) Timeout() bool { return true }

// asAny claims any target of type **PathError.
type asAny struct{}

func (asAny) Error() string { return "asAny" }
func (asAny) As(target any) bool {
	if p, ok := target.(**PathError); ok {
		*p = &PathError{"via", "As"}
		return true
	}
	return false
}

type sliceErr []string

func (s sliceErr) Error() string { return "slice" }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panics:", r.(string))
		}
	}()
	f()
}

func main() {
	base := &PathError{"open", "/tmp/x"}
	err := wrapped{"outer", wrapped{"inner", base}}

	var pe *PathError
	println(errors.As(err, &pe), pe == base, pe.Error())

	var c code
	println(errors.As(err, &c), c)
	println(errors.As(wrapped{"w", code(3)}, &c), c, c.Error())

	var to timeout
	println(errors.As(err, &to), to == nil)
	println(errors.As(wrapped{"w", timeoutErr{}}, &to), to.Timeout())

	var anyErr error
	println(errors.As(err, &anyErr), anyErr.Error())

	var w wrapped
	println(errors.As(err, &w), w.msg)

	var viaAs *PathError
	println(errors.As(wrapped{"x", asAny{}}, &viaAs), viaAs.Error())
	println(errors.As(nil, &viaAs))

	var ifc interface{ Error() string }
	println(errors.As(base, &ifc), ifc.Error())

	try("nil target", func() { errors.As(err, nil) })
	try("non-pointer", func() { errors.As(err, pe) })
	try("nil pointer", func() { errors.As(err, (*error)(nil)) })
	try("not an error", func() {
		var s string
		errors.As(err, &s)
	})
	try("int pointer", func() { errors.As(err, new(int)) })

	// Is does not compare errors of uncomparable types.
	s1 := sliceErr{"a"}
	println(errors.Is(s1, s1), errors.Is(wrapped{"w", s1}, base), errors.Is(err, base), errors.Is(nil, base), errors.Is(nil, nil))
}

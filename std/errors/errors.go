// Package errors creates and inspects errors, with the API of Go's
// errors package: New, Unwrap, Is, As.
package errors

// errorString is the error New returns.
type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

// New returns an error whose Error method returns text. Each call
// returns a distinct error.
func New(text string) error { return &errorString{text} }

// Unwrap returns the result of err's Unwrap method, or nil.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether err or an error in its Unwrap chain equals target
// or has an Is(target) method reporting true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := isComparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

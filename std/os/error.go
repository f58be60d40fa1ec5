// The portable errors, PathError, LinkError and SyscallError, and the
// Is* predicates, which look through them to a syscall.Errno.

package os

import (
	"io/fs"
	"syscall"
)

// The portable errors, matched by errors.Is through syscall.Errno.Is.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// PathError records an error and the operation and file path behind it.
type PathError = fs.PathError

// LinkError records an error of link, symlink or rename and both paths.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

// Error returns "op old new: err".
func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a named system call.
type SyscallError struct {
	Syscall string
	Err     error
}

// Error returns "syscall: err".
func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns a *SyscallError for err, nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsExist reports whether err says a file already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err is a timeout.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// underlyingErrorIs reports whether err, below one PathError, LinkError
// or SyscallError, is target or an Errno standing for it.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// underlyingError returns the error inside a PathError, LinkError or
// SyscallError, or err.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// Package oserror holds the portable file-system errors that syscall's
// Errno.Is and io/fs (and through it os) share, as gc's internal/oserror.
package oserror

import "errors"

// The errors os.ErrInvalid, os.ErrNotExist, ... are these values.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// Package fs holds the file-system types os shares, with the API of gc's
// io/fs: the portable errors, PathError and FileMode. FileInfo, DirEntry
// and the FS interfaces wait for package time.
package fs

import "internal/oserror"

// The portable errors; os.ErrNotExist and the others are these values,
// and syscall.Errno's Is method matches them.
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// PathError records an error and the operation and path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

// Error returns "op path: err".
func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// A FileMode is a file's mode and permission bits, the same on every
// system: the type bits are the high ones, the permissions the low nine.
type FileMode uint32

// The type and mode bits, highest first; the letters are String's.
const (
	ModeDir        FileMode = 1 << (31 - iota) // d
	ModeAppend                                 // a
	ModeExclusive                              // l
	ModeTemporary                              // T
	ModeSymlink                                // L
	ModeDevice                                 // D
	ModeNamedPipe                              // p
	ModeSocket                                 // S
	ModeSetuid                                 // u
	ModeSetgid                                 // g
	ModeCharDevice                             // c
	ModeSticky                                 // t
	ModeIrregular                              // ?

	// ModeType masks the type bits.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	// ModePerm masks the Unix permission bits.
	ModePerm FileMode = 0777
)

// String returns the set mode letters (or "-") followed by rwxrwxrwx
// with '-' for each clear permission bit, as ls does.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	const perms = "rwxrwxrwx"
	var buf [32]byte
	n := 0
	for i := 0; i < len(letters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			buf[n] = letters[i]
			n++
		}
	}
	if n == 0 {
		buf[n] = '-'
		n++
	}
	for i := 0; i < len(perms); i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf[n] = perms[i]
		} else {
			buf[n] = '-'
		}
		n++
	}
	return string(buf[:n])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns the type bits.
func (m FileMode) Type() FileMode { return m & ModeType }

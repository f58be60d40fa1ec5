// Errno, the error type of a failed system call: gc's text for each
// number (errors_linux.go), and Is, which lets errors.Is match it against
// the portable errors (os.ErrNotExist, ...).

package syscall

import "internal/oserror"

// An Errno is an unsigned number describing an error condition, as the
// kernel returns it.
type Errno uintptr

// Error returns the error's text: "no such file or directory", or
// "errno N" for a number without one.
func (e Errno) Error() string {
	if e < Errno(len(errorText)) {
		s := errorText[e]
		if s != "" {
			return s
		}
	}
	return "errno " + itoa(int(e))
}

// Is reports whether e stands for the portable error target.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// Temporary reports whether retrying the call might succeed.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether the error is a timeout.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// itoa formats v in decimal.
func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
}

// uitoa formats v in decimal.
func uitoa(v uint) string {
	var buf [20]byte
	i := len(buf) - 1
	for v >= 10 {
		buf[i] = byte('0' + v%10)
		i--
		v /= 10
	}
	buf[i] = byte('0' + v)
	return string(buf[i:])
}

// Error numbers of Linux (asm-generic/errno-base.h and errno.h).
const (
	EPERM           Errno = 0x1
	ENOENT          Errno = 0x2
	ESRCH           Errno = 0x3
	EINTR           Errno = 0x4
	EIO             Errno = 0x5
	ENXIO           Errno = 0x6
	E2BIG           Errno = 0x7
	ENOEXEC         Errno = 0x8
	EBADF           Errno = 0x9
	ECHILD          Errno = 0xa
	EAGAIN          Errno = 0xb
	ENOMEM          Errno = 0xc
	EACCES          Errno = 0xd
	EFAULT          Errno = 0xe
	ENOTBLK         Errno = 0xf
	EBUSY           Errno = 0x10
	EEXIST          Errno = 0x11
	EXDEV           Errno = 0x12
	ENODEV          Errno = 0x13
	ENOTDIR         Errno = 0x14
	EISDIR          Errno = 0x15
	EINVAL          Errno = 0x16
	ENFILE          Errno = 0x17
	EMFILE          Errno = 0x18
	ENOTTY          Errno = 0x19
	ETXTBSY         Errno = 0x1a
	EFBIG           Errno = 0x1b
	ENOSPC          Errno = 0x1c
	ESPIPE          Errno = 0x1d
	EROFS           Errno = 0x1e
	EMLINK          Errno = 0x1f
	EPIPE           Errno = 0x20
	EDOM            Errno = 0x21
	ERANGE          Errno = 0x22
	EDEADLK         Errno = 0x23
	ENAMETOOLONG    Errno = 0x24
	ENOLCK          Errno = 0x25
	ENOSYS          Errno = 0x26
	ENOTEMPTY       Errno = 0x27
	ELOOP           Errno = 0x28
	EWOULDBLOCK     Errno = 0xb
	ENOMSG          Errno = 0x2a
	EIDRM           Errno = 0x2b
	ENOSTR          Errno = 0x3c
	ENODATA         Errno = 0x3d
	ETIME           Errno = 0x3e
	ENOSR           Errno = 0x3f
	ENOLINK         Errno = 0x43
	EPROTO          Errno = 0x47
	EBADMSG         Errno = 0x4a
	EOVERFLOW       Errno = 0x4b
	EILSEQ          Errno = 0x54
	ENOTSOCK        Errno = 0x58
	EDESTADDRREQ    Errno = 0x59
	EMSGSIZE        Errno = 0x5a
	EPROTOTYPE      Errno = 0x5b
	ENOPROTOOPT     Errno = 0x5c
	EPROTONOSUPPORT Errno = 0x5d
	EOPNOTSUPP      Errno = 0x5f
	ENOTSUP         Errno = 0x5f
	EAFNOSUPPORT    Errno = 0x61
	EADDRINUSE      Errno = 0x62
	EADDRNOTAVAIL   Errno = 0x63
	ENETDOWN        Errno = 0x64
	ENETUNREACH     Errno = 0x65
	ECONNABORTED    Errno = 0x67
	ECONNRESET      Errno = 0x68
	ENOBUFS         Errno = 0x69
	EISCONN         Errno = 0x6a
	ENOTCONN        Errno = 0x6b
	ETIMEDOUT       Errno = 0x6e
	ECONNREFUSED    Errno = 0x6f
	EHOSTUNREACH    Errno = 0x71
	EALREADY        Errno = 0x72
	EINPROGRESS     Errno = 0x73
	ESTALE          Errno = 0x74
	EDQUOT          Errno = 0x7a
	ECANCELED       Errno = 0x7d
)

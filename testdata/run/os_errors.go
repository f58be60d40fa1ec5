// run

// Errors of package os and syscall: PathError texts and fields, errors.Is
// through syscall.Errno.Is, IsNotExist/IsExist/IsPermission, LinkError,
// SyscallError, Errno texts, operations on a nil *File.

package main

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"
)

func show(parts ...string) { os.Stdout.WriteString(strings.Join(parts, " ") + "\n") }

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func b(v bool) string { return strconv.FormatBool(v) }

func main() {
	_, err := os.Open("/nonexistent/dir/file")
	show(errText(err))
	pe, ok := err.(*os.PathError)
	show("PathError:", b(ok), pe.Op, pe.Path, errText(pe.Err), b(pe.Err == syscall.ENOENT))
	var fe *fs.PathError = pe
	show("same type as fs.PathError:", b(fe == pe))
	show("errors.Is:", b(errors.Is(err, os.ErrNotExist)), b(errors.Is(err, fs.ErrNotExist)),
		b(errors.Is(err, os.ErrExist)), b(errors.Is(err, os.ErrPermission)), b(errors.Is(err, syscall.ENOENT)))
	show("Is*:", b(os.IsNotExist(err)), b(os.IsExist(err)), b(os.IsPermission(err)), b(os.IsTimeout(err)))
	show("Unwrap:", errText(errors.Unwrap(err)))

	err = os.Mkdir("/", 0755)
	show(errText(err), b(os.IsExist(err)), b(errors.Is(err, os.ErrExist)))
	_, err = os.OpenFile("/", os.O_WRONLY, 0)
	show(errText(err), b(os.IsPermission(err)), b(errors.Is(err, os.ErrPermission)))
	_, err = os.Open("/etc/passwd/x")
	show(errText(err), b(os.IsNotExist(err)))
	_, err = os.Open("bad\x00name")
	show(errText(err))

	le := &os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV}
	show(le.Error(), b(errors.Is(le, syscall.EXDEV)), b(os.IsExist(le)))
	se := os.NewSyscallError("getwd", syscall.EACCES)
	show(se.Error(), b(os.IsPermission(se)), b(os.NewSyscallError("x", nil) == nil))
	show("setenv:", errText(os.Setenv("", "")))
	serr := os.Setenv("", "")
	_, isSE := serr.(*os.SyscallError)
	show("setenv error is SyscallError:", b(isSE), b(errors.Is(serr, syscall.EINVAL)))

	for _, e := range []syscall.Errno{1, syscall.ENOENT, syscall.EACCES, syscall.EEXIST, syscall.ENOTEMPTY,
		syscall.EAGAIN, syscall.EINTR, syscall.ETIMEDOUT, syscall.EPIPE, 133, 134, 200, 0} {
		show(strconv.Itoa(int(e))+":", e.Error(), b(e.Temporary()), b(e.Timeout()),
			b(errors.Is(e, os.ErrNotExist)), b(errors.Is(e, os.ErrExist)), b(errors.Is(e, os.ErrPermission)))
	}
	show("sentinels:", os.ErrInvalid.Error(), "|", os.ErrPermission.Error(), "|", os.ErrExist.Error(), "|",
		os.ErrNotExist.Error(), "|", os.ErrClosed.Error())

	var f *os.File
	_, err = f.Read(make([]byte, 1))
	show("nil read:", errText(err), b(err == os.ErrInvalid))
	_, err = f.Write([]byte("x"))
	show("nil write:", errText(err))
	show("nil close:", errText(f.Close()))
	show("nil fd:", strconv.FormatUint(uint64(f.Fd()), 16))
	show("NewFile(-1):", b(os.NewFile(^uintptr(0), "x") == nil))
}

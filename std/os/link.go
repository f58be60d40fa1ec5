// Links, modes and the names of things: Symlink, Link, Readlink, Chmod,
// Executable, Hostname.

package os

import "syscall"

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := ignoringEINTR(func() error { return syscall.Symlink(oldname, newname) }); e != nil {
		return &LinkError{"symlink", oldname, newname, e}
	}
	return nil
}

// Link makes newname a hard link to oldname.
func Link(oldname, newname string) error {
	if e := ignoringEINTR(func() error { return syscall.Link(oldname, newname) }); e != nil {
		return &LinkError{"link", oldname, newname, e}
	}
	return nil
}

// Readlink returns the target of the symbolic link name.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		var n int
		var e error
		for {
			n, e = syscall.Readlink(name, b)
			if e != syscall.EINTR {
				break
			}
		}
		if e != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: e}
		}
		if n < size {
			return string(b[:n]), nil
		}
	}
}

// Chmod changes the mode of name.
func Chmod(name string, mode FileMode) error {
	if e := ignoringEINTR(func() error { return syscall.Chmod(name, syscallMode(mode)) }); e != nil {
		return &PathError{Op: "chmod", Path: name, Err: e}
	}
	return nil
}

// Executable returns the path of the running program's file.
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	const deleted = " (deleted)"
	if len(p) > len(deleted) && p[len(p)-len(deleted):] == deleted {
		p = p[:len(p)-len(deleted)]
	}
	return p, nil
}

// Hostname returns the kernel's host name.
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", NewSyscallError("hostname", err)
	}
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return string(b), nil
}

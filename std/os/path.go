// Paths and directories: Mkdir, MkdirAll, Remove, Rename, Getwd, Chdir,
// TempDir and the path constants.

package os

import "syscall"

// Path constants of Unix.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// IsPathSeparator reports whether c separates directories.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// ignoringEINTR calls fn until it fails with something other than EINTR.
func ignoringEINTR(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}

// Mkdir makes the directory name with perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	e := ignoringEINTR(func() error {
		return syscall.Mkdir(name, syscallMode(perm))
	})
	if e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// statMode returns the st_mode of path (following links), or the
// failure as a *PathError of op "stat" or "lstat".
func statMode(path string, follow bool) (uint32, error) {
	var st syscall.Stat_t
	var e error
	op := "stat"
	if follow {
		e = ignoringEINTR(func() error { return syscall.Stat(path, &st) })
	} else {
		op = "lstat"
		e = ignoringEINTR(func() error { return syscall.Lstat(path, &st) })
	}
	if e != nil {
		return 0, &PathError{Op: op, Path: path, Err: e}
	}
	return st.Mode, nil
}

// MkdirAll makes the directory path and the parents it needs; an existing
// directory is not an error.
func MkdirAll(path string, perm FileMode) error {
	if mode, err := statMode(path, true); err == nil {
		if mode&syscall.S_IFMT == syscall.S_IFDIR {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	// Make the parent first: drop trailing separators, then the last
	// element.
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) {
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// Someone may have made it meanwhile, or path ends in "..".
		if mode, err1 := statMode(path, false); err1 == nil && mode&syscall.S_IFMT == syscall.S_IFDIR {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the file or empty directory name.
func Remove(name string) error {
	e := ignoringEINTR(func() error { return syscall.Unlink(name) })
	if e == nil {
		return nil
	}
	e1 := ignoringEINTR(func() error { return syscall.Rmdir(name) })
	if e1 == nil {
		return nil
	}
	// rmdir of a file fails with ENOTDIR, so any other rmdir error is the
	// one that describes name.
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// Rename renames (moves) oldpath to newpath; an existing directory
// newpath is an error.
func Rename(oldpath, newpath string) error {
	var nst, ost syscall.Stat_t
	if syscall.Lstat(newpath, &nst) == nil && nst.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		if err := syscall.Lstat(oldpath, &ost); err != nil {
			return &LinkError{"rename", oldpath, newpath, err}
		}
		if newpath == oldpath || nst.Dev != ost.Dev || nst.Ino != ost.Ino {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if err := syscall.Rename(oldpath, newpath); err != nil {
		return &LinkError{"rename", oldpath, newpath, err}
	}
	return nil
}

// Chdir changes the current directory.
func Chdir(dir string) error {
	if e := syscall.Chdir(dir); e != nil {
		return &PathError{Op: "chdir", Path: dir, Err: e}
	}
	return nil
}

// Getwd returns the current directory: $PWD when it names the same
// directory as ".", else what the kernel says.
func Getwd() (dir string, err error) {
	var dot, d syscall.Stat_t
	if e := ignoringEINTR(func() error { return syscall.Stat(".", &dot) }); e != nil {
		return "", &PathError{Op: "stat", Path: ".", Err: e}
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		if syscall.Stat(dir, &d) == nil && d.Dev == dot.Dev && d.Ino == dot.Ino {
			return dir, nil
		}
	}
	var s string
	var e error
	for {
		s, e = syscall.Getwd()
		if e != syscall.EINTR {
			break
		}
	}
	return s, NewSyscallError("getwd", e)
}

// TempDir returns the directory for temporary files: $TMPDIR or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	v := Getenv("HOME")
	if v == "" {
		return "", errHomeUnset
	}
	return v, nil
}

var errHomeUnset = &homeError{}

// homeError is UserHomeDir's error when $HOME is unset.
type homeError struct{}

func (*homeError) Error() string { return "$HOME is not defined" }

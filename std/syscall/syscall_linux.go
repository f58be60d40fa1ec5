// Package syscall is the interface to Linux's system calls, with the API
// of gc's syscall package for linux/amd64: the raw Syscall/Syscall6
// (asm_linux_amd64.s), Errno (errno.go), wrappers for the file calls os
// needs, and the environment (env_unix.go).
package syscall

import "unsafe"

// Syscall makes system call trap with three arguments; err is the error
// number when the kernel returns one (r1 is then -1).
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)

// Syscall6 makes system call trap with six arguments.
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)

// RawSyscall is Syscall without telling the scheduler.
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)

// RawSyscall6 is Syscall6 without telling the scheduler.
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)

// Exit ends the process with code, running nothing else (runtime1.go,
// by //go:linkname).
func Exit(code int)

// Stdin, Stdout and Stderr are the standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns ts as seconds and nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) {
	return ts.Sec, ts.Nsec
}

// Nano returns ts in nanoseconds.
func (ts *Timespec) Nano() int64 {
	return ts.Sec*1e9 + ts.Nsec
}

// Stat_t is struct stat of linux/amd64.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// errnoErr returns e as an error, nil for 0.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// BytePtrFromString returns a pointer to a NUL-terminated copy of s, or
// EINVAL if s holds a NUL byte.
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

// ByteSliceFromString returns s and a NUL byte, or EINVAL if s holds a
// NUL byte.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// bufPtr returns the address of b's first byte, or 0 for an empty b.
func bufPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// Read reads up to len(p) bytes from fd.
func Read(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_READ, uintptr(fd), bufPtr(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

// Write writes p to fd, returning how much the kernel took.
func Write(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_WRITE, uintptr(fd), bufPtr(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

// Pread reads from fd at offset.
func Pread(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PREAD64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

// Pwrite writes to fd at offset.
func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PWRITE64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

// Seek sets fd's offset.
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, _, e := Syscall(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence))
	return int64(r), errnoErr(e)
}

// Open opens path relative to the current directory.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	return Openat(AT_FDCWD, path, mode|O_LARGEFILE, perm)
}

// Openat opens path relative to the directory dirfd.
func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	r, _, e := Syscall6(SYS_OPENAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags), uintptr(mode), 0, 0)
	return int(r), errnoErr(e)
}

// Close closes fd.
func Close(fd int) (err error) {
	_, _, e := Syscall(SYS_CLOSE, uintptr(fd), 0, 0)
	return errnoErr(e)
}

// Fsync flushes fd to its device.
func Fsync(fd int) (err error) {
	_, _, e := Syscall(SYS_FSYNC, uintptr(fd), 0, 0)
	return errnoErr(e)
}

// Ftruncate sets the size of fd's file.
func Ftruncate(fd int, length int64) (err error) {
	_, _, e := Syscall(SYS_FTRUNCATE, uintptr(fd), uintptr(length), 0)
	return errnoErr(e)
}

// Dup returns a new descriptor for oldfd.
func Dup(oldfd int) (fd int, err error) {
	r, _, e := Syscall(SYS_DUP, uintptr(oldfd), 0, 0)
	return int(r), errnoErr(e)
}

// pathCall makes a system call whose first argument is path.
func pathCall(trap uintptr, path string, a2, a3 uintptr) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(trap, uintptr(unsafe.Pointer(p)), a2, a3)
	return errnoErr(e)
}

// twoPathCall makes a system call on two paths.
func twoPathCall(trap uintptr, from, to string) error {
	p, err := BytePtrFromString(from)
	if err != nil {
		return err
	}
	q, err := BytePtrFromString(to)
	if err != nil {
		return err
	}
	_, _, e := Syscall(trap, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(q)), 0)
	return errnoErr(e)
}

// Unlink removes the file path.
func Unlink(path string) error { return pathCall(SYS_UNLINK, path, 0, 0) }

// Rmdir removes the empty directory path.
func Rmdir(path string) error { return pathCall(SYS_RMDIR, path, 0, 0) }

// Mkdir makes the directory path.
func Mkdir(path string, mode uint32) error { return pathCall(SYS_MKDIR, path, uintptr(mode), 0) }

// Chdir changes the current directory.
func Chdir(path string) error { return pathCall(SYS_CHDIR, path, 0, 0) }

// Chmod changes path's mode.
func Chmod(path string, mode uint32) error { return pathCall(SYS_CHMOD, path, uintptr(mode), 0) }

// Rename renames from to to.
func Rename(from, to string) error { return twoPathCall(SYS_RENAME, from, to) }

// Link makes the hard link to for from.
func Link(from, to string) error { return twoPathCall(SYS_LINK, from, to) }

// Symlink makes the symbolic link to pointing at from.
func Symlink(from, to string) error { return twoPathCall(SYS_SYMLINK, from, to) }

// Readlink reads the target of the symbolic link path into buf.
func Readlink(path string, buf []byte) (n int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	r, _, e := Syscall(SYS_READLINK, uintptr(unsafe.Pointer(p)), bufPtr(buf), uintptr(len(buf)))
	return int(r), errnoErr(e)
}

// Fstat fills st with the status of fd.
func Fstat(fd int, st *Stat_t) (err error) {
	_, _, e := Syscall(SYS_FSTAT, uintptr(fd), uintptr(unsafe.Pointer(st)), 0)
	return errnoErr(e)
}

// fstatat fills st with the status of path relative to dirfd.
func fstatat(dirfd int, path string, st *Stat_t, flags int) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_NEWFSTATAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(st)), uintptr(flags), 0, 0)
	return errnoErr(e)
}

// Stat fills st with the status of path, following symbolic links.
func Stat(path string, st *Stat_t) (err error) {
	return fstatat(AT_FDCWD, path, st, 0)
}

// Lstat fills st with the status of path itself.
func Lstat(path string, st *Stat_t) (err error) {
	return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW)
}

// Getcwd writes the current directory, NUL-terminated, into buf.
func Getcwd(buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETCWD, bufPtr(buf), uintptr(len(buf)), 0)
	return int(r), errnoErr(e)
}

// Getwd returns the current directory.
func Getwd() (wd string, err error) {
	var buf [PathMax]byte
	n, err := Getcwd(buf[0:])
	if err != nil {
		return "", err
	}
	// The kernel counts the NUL; a path not starting with / means the
	// directory is unreachable.
	if n < 1 || n > len(buf) || buf[n-1] != 0 {
		return "", EINVAL
	}
	if buf[0] != '/' {
		return "", ENOENT
	}
	return string(buf[0 : n-1]), nil
}

// Getdents reads directory entries (struct linux_dirent64) into buf.
func Getdents(fd int, buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETDENTS64, uintptr(fd), bufPtr(buf), uintptr(len(buf)))
	return int(r), errnoErr(e)
}

// Getpid returns the process id.
func Getpid() (pid int) {
	r, _, _ := RawSyscall(SYS_GETPID, 0, 0, 0)
	return int(r)
}

// Getppid returns the parent's process id.
func Getppid() (ppid int) {
	r, _, _ := RawSyscall(SYS_GETPPID, 0, 0, 0)
	return int(r)
}

// Getuid returns the user id.
func Getuid() (uid int) {
	r, _, _ := RawSyscall(SYS_GETUID, 0, 0, 0)
	return int(r)
}

// Geteuid returns the effective user id.
func Geteuid() (euid int) {
	r, _, _ := RawSyscall(SYS_GETEUID, 0, 0, 0)
	return int(r)
}

// Getgid returns the group id.
func Getgid() (gid int) {
	r, _, _ := RawSyscall(SYS_GETGID, 0, 0, 0)
	return int(r)
}

// Getegid returns the effective group id.
func Getegid() (egid int) {
	r, _, _ := RawSyscall(SYS_GETEGID, 0, 0, 0)
	return int(r)
}

// Getpagesize returns the page size.
func Getpagesize() int { return 4096 }

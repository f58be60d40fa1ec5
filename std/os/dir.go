// Reading directories: File.Readdirnames over getdents64, parsed as
// struct linux_dirent64 (d_ino 0, d_off 8, d_reclen 16, d_type 18,
// d_name 19, NUL-terminated). ReadDir and Readdir need FileInfo, which
// waits for package time.

package os

import (
	"errors"
	"io"
	"syscall"
)

var errUseOfClosedFile = errors.New("use of closed file")

// dirInfo is the buffered state of a directory being read.
type dirInfo struct {
	buf  []byte // getdents64 output
	nbuf int    // bytes of buf filled
	bufp int    // next record in buf
}

// Readdirnames returns the names of the directory's entries ("." and ".."
// left out), in directory order: all of the rest with a nil error when
// n <= 0, else at most n, with io.EOF once none is left.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		// gc reports its poller's error here, not ErrClosed.
		return nil, &PathError{Op: "readdirent", Path: f.name, Err: errUseOfClosedFile}
	}
	if f.dirinfo == nil {
		f.dirinfo = &dirInfo{buf: make([]byte, 8192)}
	}
	d := f.dirinfo
	all := n <= 0
	names = []string{}
	for all || len(names) < n {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var e error
			for {
				d.nbuf, e = syscall.Getdents(f.fd, d.buf)
				if e != syscall.EINTR {
					break
				}
			}
			if e != nil {
				return names, &PathError{Op: "readdirent", Path: f.name, Err: e}
			}
			if d.nbuf <= 0 {
				d.nbuf = 0
				break
			}
		}
		rec := d.buf[d.bufp:d.nbuf]
		reclen := int(rec[16]) | int(rec[17])<<8
		if reclen < 20 || reclen > len(rec) {
			d.bufp = d.nbuf // a malformed record: give up on this buffer
			continue
		}
		d.bufp += reclen
		name := rec[19:reclen]
		for i := 0; i < len(name); i++ {
			if name[i] == 0 {
				name = name[:i]
				break
			}
		}
		if s := string(name); s != "." && s != ".." {
			names = append(names, s)
		}
	}
	if !all && len(names) == 0 {
		return names, io.EOF
	}
	return names, nil
}

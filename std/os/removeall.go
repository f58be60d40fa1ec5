// RemoveAll: a path and everything below it.

package os

import "syscall"

// RemoveAll removes path and, for a directory, everything in it; a
// missing path is not an error. It returns the first error it meets.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	// rmdir of "." or "x/." fails; report it as gc does, up front.
	if path[len(path)-1] == '.' && (len(path) == 1 || path[len(path)-2] == '/') {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	mode, serr := statMode(path, false)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if mode&syscall.S_IFMT != syscall.S_IFDIR {
		return err
	}
	var first error
	for {
		d, oerr := Open(path)
		if oerr != nil {
			if IsNotExist(oerr) {
				return nil
			}
			return oerr
		}
		names, rerr := d.Readdirnames(1024)
		d.Close()
		removed := 0
		for _, name := range names {
			if e := RemoveAll(path + "/" + name); e != nil {
				if first == nil {
					first = e
				}
			} else {
				removed++
			}
		}
		// Stop when the directory is read out or nothing more can go.
		if rerr != nil || len(names) < 1024 || removed == 0 {
			break
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return err
}

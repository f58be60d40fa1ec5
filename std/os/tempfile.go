// CreateTemp and MkdirTemp: new files and directories with random names.

package os

import (
	"errors"
	"strconv"
)

// fastrand returns a random number from the runtime's generator
// (runtime1.go, by //go:linkname).
func fastrand() uint32

var errPatternHasSeparator = errors.New("pattern contains path separator")

// tempNames splits pattern at its last '*' into the parts before and after
// the random string (all of it is the prefix without a '*').
func tempNames(pattern string) (prefix, suffix string, err error) {
	star := -1
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
		if pattern[i] == '*' {
			star = i
		}
	}
	if star < 0 {
		return pattern, "", nil
	}
	return pattern[:star], pattern[star+1:], nil
}

// inDir returns name in directory dir.
func inDir(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + "/" + name
}

// CreateTemp creates a new file in dir (TempDir() for "") named by
// pattern with its last '*' (or its end) replaced by a random string,
// opened for reading and writing with mode 0600.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := tempNames(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = inDir(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + strconv.FormatUint(uint64(fastrand()), 10) + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if !IsExist(err) {
			return f, err
		}
		if try == 10000 {
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
	}
}

// MkdirTemp creates a new directory in dir (TempDir() for "") named as
// CreateTemp names files, mode 0700, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := tempNames(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = inDir(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + strconv.FormatUint(uint64(fastrand()), 10) + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if !IsExist(err) {
			return "", err
		}
		if try == 10000 {
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: ErrExist}
		}
	}
}

// run

// Files through package os: WriteFile/ReadFile round trips, Create,
// OpenFile with O_APPEND and O_EXCL, Read to io.EOF, ReadAt, WriteAt,
// Seek, Truncate, Close twice, Mkdir/MkdirAll, Rename and Remove, all in
// a fresh directory under os.TempDir(); the error texts are gc's.

package main

import (
	"io"
	"os"
	"strconv"
	"strings"
)

var dir string

// show writes the line to stdout with the test directory as $DIR.
func show(parts ...string) {
	s := strings.Join(parts, " ")
	os.Stdout.WriteString(strings.ReplaceAll(s, dir, "$DIR") + "\n")
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func itoa(n int) string { return strconv.Itoa(n) }

func main() {
	dir = os.TempDir() + "/gocc_os_file_" + itoa(os.Getpid())
	if err := os.Mkdir(dir, 0755); err != nil {
		show("mkdir:", errText(err))
		return
	}
	show("mkdir again:", errText(os.Mkdir(dir, 0755)), strconv.FormatBool(os.IsExist(os.Mkdir(dir, 0755))))

	name := dir + "/a.txt"
	show("write:", errText(os.WriteFile(name, []byte("hello, file\n"), 0644)))
	b, err := os.ReadFile(name)
	show("read:", strconv.Quote(string(b)), errText(err))

	// An empty file and a big one.
	show("write empty:", errText(os.WriteFile(dir+"/empty", nil, 0600)))
	b, err = os.ReadFile(dir + "/empty")
	show("read empty:", itoa(len(b)), errText(err))
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	show("write big:", errText(os.WriteFile(dir+"/big", big, 0600)))
	b, err = os.ReadFile(dir + "/big")
	show("read big:", itoa(len(b)), strconv.FormatBool(string(b) == string(big)), errText(err))

	// Read in pieces to io.EOF.
	f, err := os.Open(name)
	show("open:", errText(err), f.Name())
	buf := make([]byte, 5)
	for {
		n, err := f.Read(buf)
		show("  read", itoa(n), strconv.Quote(string(buf[:n])), errText(err), strconv.FormatBool(err == io.EOF))
		if err != nil {
			break
		}
	}
	n, err := f.Read(buf[:0])
	show("read 0 bytes:", itoa(n), errText(err))
	n, err = f.ReadAt(buf, 7)
	show("readat 7:", itoa(n), strconv.Quote(string(buf[:n])), errText(err))
	n, err = f.ReadAt(buf, 10)
	show("readat 10:", itoa(n), strconv.Quote(string(buf[:n])), errText(err), strconv.FormatBool(err == io.EOF))
	n, err = f.ReadAt(buf, -1)
	show("readat -1:", itoa(n), errText(err))
	_, err = f.Write([]byte("x"))
	show("write to read-only:", errText(err))
	off, err := f.Seek(2, io.SeekStart)
	show("seek:", strconv.FormatInt(off, 10), errText(err))
	n, _ = f.Read(buf)
	show("after seek:", strconv.Quote(string(buf[:n])))
	off, err = f.Seek(-3, io.SeekEnd)
	show("seek end:", strconv.FormatInt(off, 10), errText(err))
	off, err = f.Seek(-100, io.SeekCurrent)
	show("seek before start:", strconv.FormatInt(off, 10), errText(err))
	show("close:", errText(f.Close()))
	show("close again:", errText(f.Close()))
	_, err = f.Read(buf)
	show("read closed:", errText(err))
	_, err = f.Write(buf)
	show("write closed:", errText(err))

	// Create truncates; O_APPEND appends and forbids WriteAt.
	f, err = os.Create(name)
	show("create:", errText(err))
	f.WriteString("0123456789")
	n, err = f.WriteAt([]byte("ab"), 3)
	show("writeat:", itoa(n), errText(err))
	show("truncate:", errText(f.Truncate(8)))
	f.Close()
	b, _ = os.ReadFile(name)
	show("now:", strconv.Quote(string(b)))
	f, err = os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	show("open append:", errText(err))
	f.WriteString("+tail")
	_, err = f.WriteAt([]byte("x"), 0)
	show("writeat append:", errText(err))
	f.Close()
	b, _ = os.ReadFile(name)
	show("now:", strconv.Quote(string(b)))
	_, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0644)
	show("excl:", errText(err), strconv.FormatBool(os.IsExist(err)))

	// Directories, Rename, Remove.
	show("mkdirall:", errText(os.MkdirAll(dir+"/x/y/z", 0755)))
	show("mkdirall again:", errText(os.MkdirAll(dir+"/x/y/z", 0755)))
	show("mkdirall over file:", errText(os.MkdirAll(name+"/sub", 0755)))
	_, err = os.ReadFile(dir + "/x")
	show("readfile dir:", errText(err))
	show("rename:", errText(os.Rename(name, dir+"/b.txt")))
	show("rename missing:", errText(os.Rename(name, dir+"/c.txt")))
	show("rename onto dir:", errText(os.Rename(dir+"/b.txt", dir+"/x")))
	show("remove nonempty:", errText(os.Remove(dir+"/x/y")))
	for _, p := range []string{"/x/y/z", "/x/y", "/x", "/b.txt", "/empty", "/big"} {
		show("remove", p+":", errText(os.Remove(dir+p)))
	}
	show("remove missing:", errText(os.Remove(name)))
	show("remove dir:", errText(os.Remove(dir)))
	_, err = os.Open(dir)
	show("gone:", strconv.FormatBool(os.IsNotExist(err)))
}

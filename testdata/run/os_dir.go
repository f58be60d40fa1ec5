// run

// Directories and links through package os: MkdirTemp, CreateTemp and
// their bad patterns, File.Readdirnames (all at once and in parts to
// io.EOF, on a closed file), Symlink, Readlink, Link, Chmod, Executable,
// Hostname, RemoveAll of a tree of 300 files, of nothing and of "x/.".

package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
)

func show(parts ...string) { os.Stdout.WriteString(strings.Join(parts, " ") + "\n") }

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	dir, err := os.MkdirTemp("", "gocc_os_dir_*.d")
	show("mkdirtemp:", errText(err), strconv.FormatBool(strings.HasPrefix(dir, os.TempDir()+"/gocc_os_dir_")), strconv.FormatBool(strings.HasSuffix(dir, ".d")))
	r := rep{dir}
	for i := 0; i < 300; i++ {
		os.WriteFile(dir+"/f"+strconv.Itoa(i), []byte("x"), 0644)
	}
	os.MkdirAll(dir+"/sub/deeper", 0755)
	os.WriteFile(dir+"/sub/deeper/file", nil, 0644)
	f, _ := os.Open(dir)
	names, err := f.Readdirnames(-1)
	sort.Strings(names)
	show("readdirnames:", strconv.Itoa(len(names)), names[0], names[len(names)-1], errText(err))
	f.Close()
	f, _ = os.Open(dir)
	total := 0
	for {
		part, err := f.Readdirnames(100)
		total += len(part)
		show("  part", strconv.Itoa(len(part)), errText(err))
		if err != nil {
			break
		}
	}
	show("total:", strconv.Itoa(total))
	f.Close()
	_, err = f.Readdirnames(1)
	show("closed:", r.Replace(errText(err)))
	tf, err := os.CreateTemp(dir, "tmp")
	show("createtemp:", errText(err), strconv.FormatBool(strings.HasPrefix(tf.Name(), dir+"/tmp")))
	tf.Close()
	_, err = os.CreateTemp(dir, "a/b")
	show("bad pattern:", errText(err))
	_, err = os.MkdirTemp(dir, "x/*")
	show("bad pattern:", errText(err))
	show("symlink:", errText(os.Symlink("target/path", dir+"/link")))
	t, err := os.Readlink(dir + "/link")
	show("readlink:", t, errText(err))
	_, err = os.Readlink(dir + "/f1")
	show("readlink file:", r.Replace(errText(err)))
	show("symlink exists:", r.Replace(errText(os.Symlink("x", dir+"/link"))))
	show("link:", errText(os.Link(dir+"/f1", dir+"/hard")))
	show("link missing:", r.Replace(errText(os.Link(dir+"/nope", dir+"/hard2"))))
	show("chmod:", errText(os.Chmod(dir+"/f2", 0600)), r.Replace(errText(os.Chmod(dir+"/nope", 0600))))
	exe, err := os.Executable()
	show("executable:", strconv.FormatBool(strings.HasPrefix(exe, "/")), errText(err))
	h, err := os.Hostname()
	show("hostname:", strconv.FormatBool(len(h) > 0), errText(err))
	show("removeall:", errText(os.RemoveAll(dir)))
	_, err = os.Open(dir)
	show("gone:", strconv.FormatBool(os.IsNotExist(err)))
	show("removeall missing:", errText(os.RemoveAll(dir)))
	show("removeall dot:", r.Replace(errText(os.RemoveAll(dir+"/."))), errText(os.RemoveAll("")))
}

type rep struct{ dir string }

func (r rep) Replace(s string) string { return strings.ReplaceAll(s, r.dir, "$DIR") }

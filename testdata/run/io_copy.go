// run

// Package io's helpers: Copy (through WriterTo, ReaderFrom and the
// buffer loop), CopyN, CopyBuffer, ReadAll, Discard, MultiReader,
// MultiWriter, LimitReader, SectionReader, TeeReader, NopCloser, and
// their errors.

package main

import (
	"errors"
	"io"
	"os"
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

func i64(n int64) string { return strconv.FormatInt(n, 10) }

// onlyReader hides every method but Read (no WriterTo).
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

// sink collects writes, hiding everything but Write (no ReaderFrom).
type sink struct{ b []byte }

func (s *sink) Write(p []byte) (int, error) {
	s.b = append(s.b, p...)
	return len(p), nil
}

// shortWriter takes at most max bytes per call.
type shortWriter struct{ max int }

func (w shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		return w.max, nil
	}
	return len(p), nil
}

// badWriter claims more than it was given.
type badWriter struct{}

func (badWriter) Write(p []byte) (int, error) { return len(p) + 1, nil }

// failReader yields data then a custom error.
type failReader struct{ n int }

var errFail = errors.New("fail")

func (f *failReader) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errFail
	}
	f.n--
	p[0] = 'z'
	return 1, nil
}

// readerAt serves ReadAt from a string.
type readerAt string

func (s readerAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(s)) {
		return 0, io.EOF
	}
	n := copy(p, s[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func main() {
	var s sink
	n, err := io.Copy(&s, onlyReader{strings.NewReader("copy through the buffer loop")})
	show("copy:", i64(n), errText(err), strconv.Quote(string(s.b)))
	s.b = nil
	n, err = io.Copy(&s, strings.NewReader(""))
	show("copy empty:", i64(n), errText(err))
	n, err = io.Copy(&s, &failReader{3})
	show("copy failing:", i64(n), errText(err), string(s.b))
	n, err = io.Copy(shortWriter{2}, onlyReader{strings.NewReader("abcdef")})
	show("copy short write:", i64(n), errText(err))
	n, err = io.Copy(badWriter{}, onlyReader{strings.NewReader("abc")})
	show("copy bad write:", i64(n), errText(err))
	n, err = io.Copy(io.Discard, onlyReader{strings.NewReader(strings.Repeat("x", 100000))})
	show("copy to Discard:", i64(n), errText(err))

	s.b = nil
	n, err = io.CopyN(&s, strings.NewReader("0123456789"), 4)
	show("copyn 4:", i64(n), errText(err), string(s.b))
	n, err = io.CopyN(&s, strings.NewReader("01"), 4)
	show("copyn past end:", i64(n), errText(err), strconv.FormatBool(err == io.EOF))
	n, err = io.CopyN(&s, strings.NewReader("01"), 0)
	show("copyn 0:", i64(n), errText(err))
	s.b = nil
	n, err = io.CopyBuffer(&s, onlyReader{strings.NewReader("small buffer")}, make([]byte, 3))
	show("copybuffer:", i64(n), errText(err), string(s.b))
	func() {
		defer func() {
			r := recover()
			show("copybuffer empty:", r.(string))
		}()
		io.CopyBuffer(&s, onlyReader{strings.NewReader("x")}, make([]byte, 0))
	}()

	b, err := io.ReadAll(strings.NewReader(strings.Repeat("ab", 1000)))
	show("readall:", strconv.Itoa(len(b)), errText(err))
	b, err = io.ReadAll(&failReader{2})
	show("readall failing:", string(b), errText(err))
	b, err = io.ReadAll(strings.NewReader(""))
	show("readall empty:", strconv.Itoa(len(b)), strconv.FormatBool(b != nil), errText(err))

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), io.MultiReader(strings.NewReader("two "), strings.NewReader("three")))
	b, err = io.ReadAll(mr)
	show("multireader:", strconv.Quote(string(b)), errText(err))
	k, err := mr.Read(make([]byte, 4))
	show("multireader after:", strconv.Itoa(k), errText(err))
	mr = io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	buf := make([]byte, 10)
	for {
		k, err := mr.Read(buf)
		show("  read", strconv.Itoa(k), strconv.Quote(string(buf[:k])), errText(err))
		if err != nil {
			break
		}
	}
	k, err = io.MultiReader().Read(buf)
	show("multireader none:", strconv.Itoa(k), errText(err))

	var s1, s2 sink
	var sb strings.Builder
	mw := io.MultiWriter(&s1, io.MultiWriter(&s2, &sb))
	k, err = mw.Write([]byte("both "))
	show("multiwriter:", strconv.Itoa(k), errText(err))
	k, err = io.WriteString(mw, "and a string")
	show("multiwriter string:", strconv.Itoa(k), errText(err), string(s1.b), "|", string(s2.b), "|", sb.String())
	k, err = io.MultiWriter(&s1, shortWriter{1}, &s2).Write([]byte("xyz"))
	show("multiwriter short:", strconv.Itoa(k), errText(err))

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	b, err = io.ReadAll(lr)
	show("limitreader:", strconv.Quote(string(b)), errText(err), i64(lr.(*io.LimitedReader).N))
	b, _ = io.ReadAll(io.LimitReader(strings.NewReader("abc"), -1))
	show("limitreader -1:", strconv.Itoa(len(b)))

	sr := io.NewSectionReader(readerAt("0123456789"), 2, 5)
	show("section size:", i64(sr.Size()))
	b, err = io.ReadAll(sr)
	show("section read:", string(b), errText(err))
	off, err := sr.Seek(1, io.SeekStart)
	show("section seek:", i64(off), errText(err))
	k, err = sr.Read(buf[:2])
	show("after seek:", string(buf[:k]), errText(err))
	off, err = sr.Seek(-2, io.SeekEnd)
	show("seek end:", i64(off), errText(err))
	off, err = sr.Seek(-10, io.SeekCurrent)
	show("seek before:", i64(off), errText(err))
	off, err = sr.Seek(0, 7)
	show("seek whence:", i64(off), errText(err))
	k, err = sr.ReadAt(buf[:3], 3)
	show("readat 3:", string(buf[:k]), errText(err))
	k, err = sr.ReadAt(buf[:2], 1)
	show("readat 1:", string(buf[:k]), errText(err))
	k, err = sr.ReadAt(buf[:2], 5)
	show("readat 5:", strconv.Itoa(k), errText(err))

	var tee sink
	b, _ = io.ReadAll(io.TeeReader(strings.NewReader("tee"), &tee))
	show("tee:", string(b), string(tee.b))
	rc := io.NopCloser(strings.NewReader("x"))
	show("nopcloser:", errText(rc.Close()))
	k, err = io.Discard.Write([]byte("gone"))
	show("discard:", strconv.Itoa(k), errText(err))
	n, err = io.Discard.(io.ReaderFrom).ReadFrom(strings.NewReader("counted"))
	show("discard readfrom:", i64(n), errText(err))

	f := os.Stdout
	n, err = io.Copy(f, strings.NewReader("copied to os.Stdout\n"))
	show("copy to stdout:", i64(n), errText(err))
	var w io.Writer = f
	_, isRF := w.(io.ReaderFrom)
	var r io.Reader = os.Stdin
	_, isWT := r.(io.WriterTo)
	_, isSeeker := r.(io.Seeker)
	_, isRA := r.(io.ReaderAt)
	show("os.File:", strconv.FormatBool(isSeeker), strconv.FormatBool(isRA), strconv.FormatBool(isWT))
	_ = isRF
}

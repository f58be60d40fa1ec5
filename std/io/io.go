// Package io provides the basic I/O interfaces, with the API of Go's io
// package: Reader, Writer, Seeker, ReaderAt... and their combinations,
// the sentinel errors (EOF, ErrUnexpectedEOF, ErrShortWrite,
// ErrShortBuffer, ErrNoProgress, ErrClosedPipe), WriteString, ReadAtLeast
// and ReadFull; copy.go has Copy and ReadAll, multi.go MultiReader and
// MultiWriter, readers.go LimitReader, SectionReader, TeeReader, Discard
// and NopCloser.
package io

import "errors"

// Sentinel errors, compared by identity.
var (
	EOF              = errors.New("EOF")
	ErrUnexpectedEOF = errors.New("unexpected EOF")
	ErrShortWrite    = errors.New("short write")
	ErrShortBuffer   = errors.New("short buffer")
	ErrNoProgress    = errors.New("multiple Read calls return no data or error")
	ErrClosedPipe    = errors.New("io: read/write on closed pipe")
)

// Reader wraps the basic Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer wraps the basic Close method.
type Closer interface {
	Close() error
}

// Seek whence values.
const (
	SeekStart   = 0 // relative to the start
	SeekCurrent = 1 // relative to the current offset
	SeekEnd     = 2 // relative to the end
)

// Seeker wraps Seek, which sets the offset of the next Read or Write.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// ReaderAt wraps ReadAt, which reads len(p) bytes at offset off and
// returns an error whenever it reads fewer.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt wraps WriteAt.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// ReaderFrom wraps ReadFrom, which reads r to EOF; Copy uses it.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo wraps WriteTo, which writes everything to w; Copy uses it.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ByteScanner adds UnreadByte to ReadByte.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// RuneScanner adds UnreadRune to ReadRune.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// ReadWriteCloser groups Read, Write and Close.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReadSeeker groups Read and Seek.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadSeekCloser groups Read, Seek and Close.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker groups Write and Seek.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker groups Read, Write and Seek.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReadWriter groups Read and Write.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser groups Read and Close.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser groups Write and Close.
type WriteCloser interface {
	Writer
	Closer
}

// ByteReader wraps ReadByte.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteWriter wraps WriteByte.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader wraps ReadRune.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// StringWriter wraps WriteString.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through its WriteString method if it has
// one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it has at least min bytes. It returns
// EOF only if nothing was read, ErrUnexpectedEOF if EOF came after fewer
// than min bytes, ErrShortBuffer if buf is shorter than min.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes from r into buf.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// Builder builds a string by appending to a byte buffer, and String
// returns the buffer's bytes as a string without copying them. The
// appending methods that return an error (Write, WriteByte, WriteRune,
// WriteString) are in builder_write.go.
package strings

import (
	"unicode/utf8"
	"unsafe"
)

// A Builder is used to build a string efficiently with its Write
// methods. The zero value is ready to use; a non-zero Builder must not be
// copied.
type Builder struct {
	addr *Builder // the Builder's own address, to detect copies by value
	buf  []byte
}

// copyCheck panics, as gc's does, when b is a by-value copy of a Builder
// that was already written to.
func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string { return *(*string)(unsafe.Pointer(&b.buf)) }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow makes room for at least n more bytes without another allocation.
// It panics if n is negative.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

// add appends s: WriteString without the error result, for this package.
func (b *Builder) add(s string) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
}

// addRune appends the UTF-8 encoding of r.
func (b *Builder) addRune(r rune) {
	b.copyCheck()
	if 0 <= r && r < 0x80 {
		b.buf = append(b.buf, byte(r))
		return
	}
	b.buf = utf8.AppendRune(b.buf, r)
}

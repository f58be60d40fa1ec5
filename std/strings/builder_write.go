// The Builder methods with an error result (always nil): Write,
// WriteByte, WriteRune, WriteString.
package strings

// Write appends the contents of p to b's buffer.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error) {
	n := len(b.buf)
	b.addRune(r)
	return len(b.buf) - n, nil
}

// WriteString appends the contents of s to b's buffer.
func (b *Builder) WriteString(s string) (int, error) {
	b.add(s)
	return len(s), nil
}

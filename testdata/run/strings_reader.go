// run

// strings.Reader and package io through our std: Read in chunks until
// io.EOF, ReadByte/UnreadByte, ReadRune/UnreadRune, io.ReadFull,
// io.ReadAtLeast, io.WriteString into a strings.Builder.
package main

import (
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, 世界!")
	println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		if err == io.EOF {
			println("EOF", n)
			break
		}
		println(n, string(buf[:n]), r.Len())
	}
	r.Reset("aé")
	c, err := r.ReadByte()
	println(c, err == nil)
	println(r.UnreadByte() == nil, r.UnreadByte().Error())
	ch, size, err := r.ReadRune()
	println(ch, size, err == nil)
	ch, size, err = r.ReadRune()
	println(ch, size, err == nil, r.UnreadRune() == nil, r.UnreadRune().Error())
	_, _, err = r.ReadRune()
	_, _, err = r.ReadRune()
	println(err == io.EOF, err.Error())
	full := make([]byte, 5)
	n, err := io.ReadFull(strings.NewReader("abc"), full)
	println(n, err == io.ErrUnexpectedEOF, err.Error())
	n, err = io.ReadFull(strings.NewReader(""), full)
	println(n, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 2)
	println(n, err == nil, string(full[:n]))
	n, err = io.ReadAtLeast(strings.NewReader("abc"), full[:1], 2)
	println(n, err == io.ErrShortBuffer)
	var b strings.Builder
	var w io.Writer = &b
	io.WriteString(w, "written ")
	w.Write([]byte("through io.Writer"))
	println(b.String())
}

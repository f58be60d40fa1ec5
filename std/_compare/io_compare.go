// Compares our io and strings.Reader (stdcheck/...) with gc's: reading a
// string in random chunk sizes through Read, ReadByte, ReadRune, the
// Unread methods, ReadFull and ReadAtLeast. Run by compare.sh.
package main

import (
	"fmt"
	"io"
	"math/rand"
	"os"
	myio "stdcheck/io"
	mine "stdcheck/strings"
	"strings"
)

func errs(err error, eof error) string {
	switch {
	case err == nil:
		return "nil"
	case err == eof:
		return "EOF"
	}
	return err.Error()
}

func main() {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		s := strings.Repeat("aé世\xff", rng.Intn(5)) + "xyz"[:rng.Intn(4)]
		a, b := mine.NewReader(s), strings.NewReader(s)
		var log1, log2 string
		for step := 0; step < 12; step++ {
			op := rng.Intn(6)
			n := rng.Intn(5)
			switch op {
			case 0:
				p, q := make([]byte, n), make([]byte, n)
				n1, e1 := a.Read(p)
				n2, e2 := b.Read(q)
				log1 += fmt.Sprint(n1, p, errs(e1, myio.EOF))
				log2 += fmt.Sprint(n2, q, errs(e2, io.EOF))
			case 1:
				c1, e1 := a.ReadByte()
				c2, e2 := b.ReadByte()
				log1 += fmt.Sprint(c1, errs(e1, myio.EOF))
				log2 += fmt.Sprint(c2, errs(e2, io.EOF))
			case 2:
				r1, s1, e1 := a.ReadRune()
				r2, s2, e2 := b.ReadRune()
				log1 += fmt.Sprint(r1, s1, errs(e1, myio.EOF))
				log2 += fmt.Sprint(r2, s2, errs(e2, io.EOF))
			case 3:
				log1 += errs(a.UnreadRune(), myio.EOF)
				log2 += errs(b.UnreadRune(), io.EOF)
			case 4:
				log1 += errs(a.UnreadByte(), myio.EOF)
				log2 += errs(b.UnreadByte(), io.EOF)
			case 5:
				p, q := make([]byte, n), make([]byte, n)
				n1, e1 := myio.ReadAtLeast(a, p, n/2)
				n2, e2 := io.ReadAtLeast(b, q, n/2)
				log1 += fmt.Sprint(n1, p, errs(e1, myio.EOF), errs(e1, myio.ErrUnexpectedEOF))
				log2 += fmt.Sprint(n2, q, errs(e2, io.EOF), errs(e2, io.ErrUnexpectedEOF))
			}
			log1 += fmt.Sprint(" ", a.Len(), a.Size(), ";")
			log2 += fmt.Sprint(" ", b.Len(), b.Size(), ";")
		}
		if log1 != log2 {
			fmt.Printf("%q:\n got %s\nwant %s\n", s, log1, log2)
			os.Exit(1)
		}
	}
}

// Compares our unicode/utf8 (stdcheck/unicode/utf8) with gc's on every
// short byte sequence over interesting bytes, on all runes around the
// encoding boundaries, and on random inputs. Run by compare.sh.
package main

import (
	"fmt"
	"math/rand"
	"os"
	mine "stdcheck/unicode/utf8"
	"unicode/utf8"
)

var fails int

func check(what string, in interface{}, got, want interface{}) {
	if fmt.Sprint(got) != fmt.Sprint(want) {
		fmt.Printf("%s(%q): got %v want %v\n", what, in, got, want)
		fails++
		if fails > 20 {
			os.Exit(1)
		}
	}
}

func checkBytes(p []byte) {
	s := string(p)
	r1, n1 := mine.DecodeRune(p)
	r2, n2 := utf8.DecodeRune(p)
	check("DecodeRune", p, [2]int{int(r1), n1}, [2]int{int(r2), n2})
	r1, n1 = mine.DecodeRuneInString(s)
	r2, n2 = utf8.DecodeRuneInString(s)
	check("DecodeRuneInString", p, [2]int{int(r1), n1}, [2]int{int(r2), n2})
	r1, n1 = mine.DecodeLastRune(p)
	r2, n2 = utf8.DecodeLastRune(p)
	check("DecodeLastRune", p, [2]int{int(r1), n1}, [2]int{int(r2), n2})
	r1, n1 = mine.DecodeLastRuneInString(s)
	r2, n2 = utf8.DecodeLastRuneInString(s)
	check("DecodeLastRuneInString", p, [2]int{int(r1), n1}, [2]int{int(r2), n2})
	check("FullRune", p, mine.FullRune(p), utf8.FullRune(p))
	check("FullRuneInString", p, mine.FullRuneInString(s), utf8.FullRuneInString(s))
	check("RuneCount", p, mine.RuneCount(p), utf8.RuneCount(p))
	check("RuneCountInString", p, mine.RuneCountInString(s), utf8.RuneCountInString(s))
	check("Valid", p, mine.Valid(p), utf8.Valid(p))
	check("ValidString", p, mine.ValidString(s), utf8.ValidString(s))
}

func checkRune(r rune) {
	check("RuneLen", r, mine.RuneLen(r), utf8.RuneLen(r))
	check("ValidRune", r, mine.ValidRune(r), utf8.ValidRune(r))
	check("AppendRune", r, mine.AppendRune([]byte("x"), r), utf8.AppendRune([]byte("x"), r))
	var a, b [4]byte
	n1 := mine.EncodeRune(a[:], r)
	n2 := utf8.EncodeRune(b[:], r)
	check("EncodeRune", r, a[:n1], b[:n2])
}

func main() {
	interesting := []byte{0, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF}
	var p []byte
	var rec func(depth int)
	rec = func(depth int) {
		checkBytes(p)
		if depth == 4 {
			return
		}
		for _, b := range interesting {
			p = append(p, b)
			rec(depth + 1)
			p = p[:len(p)-1]
		}
	}
	rec(0)
	for r := rune(-5); r < 0x11000; r++ {
		checkRune(r)
	}
	for _, r := range []rune{0x10FFFF, 0x110000, 0x7FFFFFFF, -0x80000000, 0xD7FF, 0xD800, 0xDFFF, 0xE000} {
		checkRune(r)
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		q := make([]byte, rng.Intn(12))
		for j := range q {
			if rng.Intn(2) == 0 {
				q[j] = interesting[rng.Intn(len(interesting))]
			} else {
				q[j] = byte(rng.Intn(256))
			}
		}
		checkBytes(q)
		checkRune(rune(rng.Int31()) >> uint(rng.Intn(31)))
	}
	if fails > 0 {
		os.Exit(1)
	}
}

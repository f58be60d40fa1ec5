// Compares our strings and unicode (stdcheck/...) with gc's on random
// strings over an alphabet of ASCII, multi-byte, invalid and white-space
// pieces, and on every rune for the unicode case tables. Run by
// compare.sh.
package main

import (
	"fmt"
	"math/rand"
	"os"
	mine "stdcheck/strings"
	myuni "stdcheck/unicode"
	"strings"
	"unicode"
)

var fails int

func check(what string, in []interface{}, got, want interface{}) {
	g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want)
	if g != w {
		fmt.Printf("%s%q: got %s want %s\n", what, in, g, w)
		fails++
		if fails > 20 {
			os.Exit(1)
		}
	}
}

var pieces = []string{"a", "b", "A", "Z", "z", " ", "\t", "\n", "ab", "é", "É", "ß", "ſ", "K", "k", "\u212a", "Σ", "σ", "ς",
	"世", "\xff", "\xe4\xb8", "\ufffd", "\u00a0", "\u2003", "\u0085", "x", "-", ",", "İ", "ı", "ǅ", "ǆ", "Ǆ", "ﬀ", "\U0001F600", "Ω", "ω"}

func randString(rng *rand.Rand) string {
	n := rng.Intn(8)
	s := ""
	for i := 0; i < n; i++ {
		s += pieces[rng.Intn(len(pieces))]
	}
	return s
}

func checkStrings(s, t string, n int) {
	in := []interface{}{s, t}
	check("Index", in, mine.Index(s, t), strings.Index(s, t))
	check("LastIndex", in, mine.LastIndex(s, t), strings.LastIndex(s, t))
	check("IndexAny", in, mine.IndexAny(s, t), strings.IndexAny(s, t))
	check("LastIndexAny", in, mine.LastIndexAny(s, t), strings.LastIndexAny(s, t))
	check("Contains", in, mine.Contains(s, t), strings.Contains(s, t))
	check("ContainsAny", in, mine.ContainsAny(s, t), strings.ContainsAny(s, t))
	check("Count", in, mine.Count(s, t), strings.Count(s, t))
	check("HasPrefix", in, mine.HasPrefix(s, t), strings.HasPrefix(s, t))
	check("HasSuffix", in, mine.HasSuffix(s, t), strings.HasSuffix(s, t))
	check("Compare", in, mine.Compare(s, t), strings.Compare(s, t))
	check("Split", in, mine.Split(s, t), strings.Split(s, t))
	check("SplitAfter", in, mine.SplitAfter(s, t), strings.SplitAfter(s, t))
	check("SplitN", append(in, n), mine.SplitN(s, t, n), strings.SplitN(s, t, n))
	check("SplitAfterN", append(in, n), mine.SplitAfterN(s, t, n), strings.SplitAfterN(s, t, n))
	check("Trim", in, mine.Trim(s, t), strings.Trim(s, t))
	check("TrimLeft", in, mine.TrimLeft(s, t), strings.TrimLeft(s, t))
	check("TrimRight", in, mine.TrimRight(s, t), strings.TrimRight(s, t))
	check("TrimPrefix", in, mine.TrimPrefix(s, t), strings.TrimPrefix(s, t))
	check("TrimSuffix", in, mine.TrimSuffix(s, t), strings.TrimSuffix(s, t))
	check("EqualFold", in, mine.EqualFold(s, t), strings.EqualFold(s, t))
	b1, a1, f1 := mine.Cut(s, t)
	b2, a2, f2 := strings.Cut(s, t)
	check("Cut", in, []interface{}{b1, a1, f1}, []interface{}{b2, a2, f2})
	u := t + "!"
	check("Replace", append(in, n), mine.Replace(s, t, u, n), strings.Replace(s, t, u, n))
	check("ReplaceAll", in, mine.ReplaceAll(s, t, u), strings.ReplaceAll(s, t, u))
	check("ReplaceAll shorter", in, mine.ReplaceAll(s+t+s, t, "x"), strings.ReplaceAll(s+t+s, t, "x"))
	check("Join", in, mine.Join([]string{s, t, s}, t), strings.Join([]string{s, t, s}, t))
}

func checkString(s string, r rune) {
	in := []interface{}{s, r}
	check("ToUpper", in, mine.ToUpper(s), strings.ToUpper(s))
	check("ToLower", in, mine.ToLower(s), strings.ToLower(s))
	check("ToTitle", in, mine.ToTitle(s), strings.ToTitle(s))
	check("TrimSpace", in, mine.TrimSpace(s), strings.TrimSpace(s))
	check("Fields", in, mine.Fields(s), strings.Fields(s))
	check("IndexRune", in, mine.IndexRune(s, r), strings.IndexRune(s, r))
	check("ContainsRune", in, mine.ContainsRune(s, r), strings.ContainsRune(s, r))
	check("IndexByte", in, mine.IndexByte(s, byte(r)), strings.IndexByte(s, byte(r)))
	check("LastIndexByte", in, mine.LastIndexByte(s, byte(r)), strings.LastIndexByte(s, byte(r)))
	check("Repeat", in, mine.Repeat(s, int(r&7)), strings.Repeat(s, int(r&7)))
	up := func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}
	check("Map", in, mine.Map(up, s), strings.Map(up, s))
	check("IndexFunc", in, mine.IndexFunc(s, unicode.IsUpper), strings.IndexFunc(s, unicode.IsUpper))
	check("LastIndexFunc", in, mine.LastIndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsUpper))
	check("TrimFunc", in, mine.TrimFunc(s, unicode.IsLower), strings.TrimFunc(s, unicode.IsLower))
	check("FieldsFunc", in, mine.FieldsFunc(s, unicode.IsUpper), strings.FieldsFunc(s, unicode.IsUpper))
}

func checkBuilder() {
	var b mine.Builder
	var c strings.Builder
	for i := 0; i < 100; i++ {
		b.WriteString("ab")
		c.WriteString("ab")
		b.WriteRune(rune(i * 37))
		c.WriteRune(rune(i * 37))
		b.WriteByte(byte(i))
		c.WriteByte(byte(i))
		b.Write([]byte("xy"))
		c.Write([]byte("xy"))
	}
	check("Builder", nil, []interface{}{b.String(), b.Len()}, []interface{}{c.String(), c.Len()})
	b.Reset()
	b.Grow(10)
	if b.Len() != 0 || b.Cap() < 10 {
		check("Builder.Grow", nil, b.Cap(), 10)
	}
	func() {
		defer func() { check("Builder copy panic", nil, recover(), "strings: illegal use of non-zero Builder copied by value") }()
		var x mine.Builder
		x.WriteString("a")
		y := x
		y.WriteString("b")
	}()
}

func main() {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if myuni.ToUpper(r) != unicode.ToUpper(r) || myuni.ToLower(r) != unicode.ToLower(r) ||
			myuni.ToTitle(r) != unicode.ToTitle(r) || myuni.SimpleFold(r) != unicode.SimpleFold(r) ||
			myuni.IsSpace(r) != unicode.IsSpace(r) {
			check("unicode", []interface{}{r}, []rune{myuni.ToUpper(r), myuni.ToLower(r), myuni.ToTitle(r), myuni.SimpleFold(r)},
				[]rune{unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)})
		}
	}
	checkBuilder()
	rng := rand.New(rand.NewSource(1))
	runes := []rune{'a', 'A', 'é', 0xFFFD, -1, 0x110000, 0xD800, '世', ' ', 0x1F600, 'ß'}
	for i := 0; i < 300000; i++ {
		s, t := randString(rng), randString(rng)
		if rng.Intn(3) == 0 && len(s) > 0 { // make t a substring of s
			a := rng.Intn(len(s))
			t = s[a : a+rng.Intn(len(s)-a+1)]
		}
		checkStrings(s, t, rng.Intn(6)-1)
		checkString(s, runes[rng.Intn(len(runes))])
	}
	for _, r := range runes {
		checkString("", r)
	}
	if fails > 0 {
		os.Exit(1)
	}
}

// Splitting and joining: Split, SplitN, SplitAfter, SplitAfterN, Fields,
// Join, Cut.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// explode splits s into its UTF-8 sequences, at most n of them (n < 0:
// all); an invalid byte becomes "\uFFFD".
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		r, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
		if r == utf8.RuneError {
			a[i] = string(utf8.RuneError)
		}
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s at each sep into at most n pieces (n < 0: all),
// keeping the first sepSave bytes of sep at the end of each piece.
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	i := 0
	for ; i < n-1; i++ {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into the substrings between instances of sep, at most
// n of them (the last holding the unsplit rest); n == 0 gives nil, n < 0
// all substrings. An empty sep splits after each UTF-8 sequence.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN is SplitN keeping each sep at the end of its substring.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// Split is SplitN(s, sep, -1).
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter is SplitAfterN(s, sep, -1).
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around runs of white space (unicode.IsSpace) and
// returns the non-empty pieces.
func Fields(s string) []string {
	n := 0
	in := false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	a := make([]string, n)
	n = 0
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				a[n] = s[start:i]
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a[n] = s[start:]
	}
	return a
}

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for i := 0; i < len(elems); i++ {
		n += len(elems[i])
	}
	var b Builder
	b.Grow(n)
	b.add(elems[0])
	for _, s := range elems[1:] {
		b.add(sep)
		b.add(s)
	}
	return b.String()
}

// Cut slices s around the first instance of sep: the text before and
// after it and true, or s, "" and false if sep does not appear.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// Repeat, Replace and ReplaceAll.
package strings

import "unicode/utf8"

// Repeat returns count copies of s. It panics if count is negative or
// the result's length overflows.
func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	} else if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	n := len(s) * count
	b := make([]byte, 0, n)
	b = append(b, s...)
	for len(b) < n { // double the copied prefix
		if 2*len(b) <= n {
			b = append(b, b...)
		} else {
			b = append(b, b[:n-len(b)]...)
		}
	}
	return string(b)
}

// Replace returns s with the first n non-overlapping instances of old
// replaced by new (n < 0: all). An empty old matches at the start and
// after each UTF-8 sequence.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, size := utf8.DecodeRuneInString(s[start:])
				j += size
			}
		} else {
			j += Index(s[start:], old)
		}
		b.add(s[start:j])
		b.add(new)
		start = j + len(old)
	}
	b.add(s[start:])
	return b.String()
}

// ReplaceAll is Replace(s, old, new, -1).
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

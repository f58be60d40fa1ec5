// run

// strings functions taking func values, through our std: Map (changing,
// dropping and keeping runes, invalid UTF-8), IndexFunc, LastIndexFunc,
// TrimFunc family, FieldsFunc; and sort.Search with a closure.
package main

import (
	"sort"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case 'A' <= r && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func main() {
	println(strings.Map(rot13, "Hello, Gophers!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	println(strings.Map(dropVowels, "education is important"))
	same := "unchanged"
	println(strings.Map(func(r rune) rune { return r }, same) == same)
	println(strings.Map(func(r rune) rune { return r }, "a\xffb"), strings.Map(unicode.ToUpper, "héllo wörld"))
	println(strings.IndexFunc("abc123def", isDigit), strings.LastIndexFunc("abc123def", isDigit), strings.IndexFunc("abc", isDigit))
	println("[" + strings.TrimFunc("123abc456", isDigit) + "]", "["+strings.TrimLeftFunc("123abc456", isDigit)+"]",
		"["+strings.TrimRightFunc("123abc456", isDigit)+"]", "["+strings.TrimFunc("123", isDigit)+"]")
	fields := strings.FieldsFunc("a1b22c333d", isDigit)
	println(len(fields), strings.Join(fields, "|"))
	println(len(strings.FieldsFunc("", isDigit)), len(strings.FieldsFunc("123", isDigit)))
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 4, 11, 12} {
		println(x, sort.Search(len(a), func(i int) bool { return a[i] >= x }))
	}
}

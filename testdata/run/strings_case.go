// run

// strings case mapping, trimming and Builder through our std: ToUpper,
// ToLower, ToTitle (ASCII and Unicode), EqualFold, Trim family, TrimSpace,
// Builder.
package main

import "strings"

func main() {
	for _, s := range []string{"", "Hello, World!", "ALL CAPS", "héllo wörld", "ǅungla", "straße", "ΣΊΣΥΦΟΣ", "ſ\u212a", "a\xffb", "Ⅻ"} {
		println("["+strings.ToUpper(s)+"]", "["+strings.ToLower(s)+"]", "["+strings.ToTitle(s)+"]")
	}
	pairs := [][2]string{{"Go", "GO"}, {"go", "Goo"}, {"σ", "Σ"}, {"ς", "Σ"}, {"k", "\u212a"}, {"ß", "SS"}, {"", ""}, {"a\xff", "A\xff"}, {"Straße", "STRASSE"}}
	for _, p := range pairs {
		println(strings.EqualFold(p[0], p[1]))
	}
	println("[" + strings.TrimSpace(" \t\n hello \r\n") + "]")
	println("[" + strings.TrimSpace("\u00a0\u2003x y\u3000") + "]")
	println("[" + strings.Trim("xxhixx", "x") + "]", "["+strings.TrimLeft("xxhixx", "x")+"]", "["+strings.TrimRight("xxhixx", "x")+"]")
	println("[" + strings.Trim("¡¡¡Hello, Gophers!!!", "!¡") + "]")
	println("["+strings.Trim("abc", "")+"]", "["+strings.Trim("", "abc")+"]")
	println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimPrefix("body", "x"), strings.TrimSuffix("file.go", ".go"), strings.TrimSuffix("file.go", ".c"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.Grow(4)
		println(b.Len(), "["+b.String()+"]")
	}
	println(b.Len(), b.String() == "")
}

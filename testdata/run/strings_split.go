// run

// strings splitting, joining and replacing through our std: Split,
// SplitN, SplitAfter, SplitAfterN, Fields, Join, Cut, Repeat, Replace,
// ReplaceAll.
package main

import "strings"

func show(a []string) {
	print(len(a), ":")
	for _, s := range a {
		print(" [" + s + "]")
	}
	println()
}

func main() {
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a,b,c", ""))
	show(strings.Split("", ","))
	show(strings.Split("abc", "abc"))
	show(strings.Split("a\xffé", ""))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("héllo", "", 3))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c", ",", 2))
	show(strings.Fields("  foo bar\tbaz\n  "))
	show(strings.Fields(""))
	show(strings.Fields("\u00a0x\u2003y\u3000"))
	println(strings.Join([]string{"a", "b", "c"}, ", "), "["+strings.Join(nil, ",")+"]", strings.Join([]string{"x"}, ","))
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	println(before, "["+after+"]", found)
	println(strings.Repeat("ab", 3), "["+strings.Repeat("", 5)+"]", "["+strings.Repeat("x", 0)+"]", len(strings.Repeat("xyz", 1000)))
	println(strings.Replace("oink oink oink", "k", "ky", 2))
	println(strings.Replace("oink oink oink", "oink", "moo", -1))
	println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.Replace("héllo", "", ".", -1))
	println(strings.ReplaceAll("banana", "a", "o"), strings.ReplaceAll("banana", "nana", ""), strings.ReplaceAll("x", "y", "z"))
}

// run

// strings searches through our std: Index, LastIndex, IndexByte,
// IndexRune, IndexAny, LastIndexAny, Contains*, Count, HasPrefix,
// HasSuffix, Compare, on ASCII, multi-byte and invalid UTF-8.
package main

import "strings"

func main() {
	ss := []string{"", "a", "hello, world", "chicken", "ééé", "a\xffb\xff", "世界世界", "aaaa"}
	subs := []string{"", "a", "l", "lo", "world", "ken", "é", "\xff", "界", "aa", "xyz", "hello, world!"}
	for _, s := range ss {
		for _, t := range subs {
			println(strings.Index(s, t), strings.LastIndex(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t),
				strings.Contains(s, t), strings.ContainsAny(s, t), strings.Count(s, t), strings.HasPrefix(s, t),
				strings.HasSuffix(s, t), strings.Compare(s, t))
		}
		for _, r := range []rune{'a', 'l', 'é', '界', 0xfffd, -1, 0xd800} {
			println(strings.IndexRune(s, r), strings.ContainsRune(s, r))
		}
		println(strings.IndexByte(s, 'a'), strings.IndexByte(s, 0xff), strings.LastIndexByte(s, 'a'))
	}
}

// run

// Lookups with string(bytes) keys, keys built by concatenation and
// slicing, and keys that differ only past a long common prefix.

package main

func main() {
	m := map[string]int{"hello": 1, "world": 2}
	b := []byte("hello")
	println(m[string(b)])
	b[0] = 'j'
	println(m[string(b)], m["hel"+"lo"], m["xhello"[1:]])
	long := ""
	for i := 0; i < 100; i++ {
		long += "x"
	}
	ml := map[string]int{}
	for i := 0; i < 26; i++ {
		ml[long+string(rune('a'+i))] = i
	}
	println(len(ml), ml[long+"q"], ml[long])
	m[""] = 7
	println(m[""], len(m))
	r := []rune{'w', 'o', 'r', 'l', 'd'}
	println(m[string(r)])
	bs := []byte("abcworldxyz")
	println(m[string(bs[3:8])])
}

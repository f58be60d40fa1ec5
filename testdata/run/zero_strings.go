// run

// Zero-value strings (nil data pointer, length 0) everywhere a string can
// be: printed, compared, concatenated, converted and ranged over, from
// variables, struct fields, array and slice elements, named results and
// variadic arguments.

package main

type rec struct {
	n int
	s string
}

func named() (s string, n int) { return }

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func main() {
	var s string
	println(s)
	println("[", s, "]", len(s))
	print(s, "\n")
	var r rec
	println(r.n, r.s, r.s == "", r.s == s)
	var a [3]string
	println(a[0], a[1], a[2], a[1] == a[2])
	b := make([]string, 2)
	println(b[0], b[1], len(b[0]))
	ns, nn := named()
	println(ns, nn, ns < "a", "a" < ns, ns <= "", ns >= "")
	println(join(",", s, "", s), join(s), join("-", a[:]...))
	c := s + s
	d := s + "x" + s
	println(c, len(c), d, len(d))
	bs := []byte(s)
	rs := []rune(s)
	println(len(bs), len(rs), string(bs) == s, string(rs) == s)
	n := 0
	for range s {
		n++
	}
	println(n, s == string(bs[:0]))
	e := "abc"[3:]
	println(e, e == s, len(e))
}

// run

// Multiple results passed straight into calls, returned from calls, and
// assigned to blanks; results of struct and string types.

package main

type pair struct{ a, b string }

func split(s string, i int) (string, string) { return s[:i], s[i:] }
func join(a, b string) string                 { return a + "|" + b }
func both(s string) (pair, int)               { l, r := split(s, len(s)/2); return pair{l, r}, len(s) }
func again(s string) (string, string)         { return split(s, 1) }

func main() {
	println(join(split("abcdef", 2)))
	p, n := both("hello!")
	println(p.a, p.b, n)
	_, r := again("xyz")
	println(r)
	q, _ := both("ab")
	println(q.a, q.b)
}

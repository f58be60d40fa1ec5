// run

// Struct and array equality with string fields compares contents, not
// pointers: strings built at run time equal constants.

package main

type Rec struct {
	id   int
	name string
	tags [2]string
}

func build(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "ab"
	}
	return s
}

func main() {
	a := Rec{1, "abab", [2]string{"x", ""}}
	b := Rec{1, build(2), [2]string{"x", build(0)}}
	println(a == b, a != b)
	b.tags[1] = "y"
	println(a == b)
	b.tags[1] = ""
	b.name = build(3)[:4]
	println(a == b)
	b.name = "abac"
	println(a == b)
	s1 := [3]string{"a", "bb", "ccc"}
	s2 := [3]string{"a", "b" + "b", build(0) + "ccc"}
	println(s1 == s2)
	s2[2] = "cc"
	println(s1 == s2)
	type Pair struct{ k, v string }
	println(Pair{"", ""} == Pair{}, Pair{"a", "b"} == Pair{"ab", ""})
	big := [50]string{}
	big2 := [50]string{}
	big2[49] = "z"
	println(big == big2)
	big[49] = "z"
	println(big == big2)
}

// run

// == and != on arrays and structs holding floats (NaN never equals itself,
// +0 equals -0) and strings (same bytes at different addresses), small
// (compared field by field) and large (compared in a loop), nested, and
// structs with blank fields, which == ignores.

package main

type fpair struct {
	x float64
	y float32
}

type named struct {
	a int8
	s string
	f float64
}

type blanks struct {
	a int32
	_ int32
	b string
	_ [3]byte
}

type nested struct {
	in [2]named
	p  fpair
}

func main() {
	zero := 0.0
	nan := zero / zero
	negz := -zero
	inf := 1 / zero

	a := [3]float64{1, 2, 3}
	b := a
	println(a == b, a != b)
	b[1] = nan
	println(a == b, b == b, b != b)
	c := [2]float64{0, inf}
	d := [2]float64{negz, inf}
	println(c == d, c != d)
	var f32a, f32b [4]float32
	f32b[3] = float32(negz)
	println(f32a == f32b)
	f32b[0] = float32(nan)
	println(f32a == f32b, f32b == f32b)

	var big1, big2 [40]float64
	for i := range big1 {
		big1[i] = float64(i) / 3
		big2[i] = float64(i) / 3
	}
	println(big1 == big2)
	big2[0] = negz
	println(big1 == big2)
	big2[39] = nan
	big1[39] = nan
	println(big1 == big2, big1 != big2)

	p := fpair{nan, 1}
	q := p
	println(p == q, p != q)
	p.x, q.x = negz, 0
	println(p == q)

	s1 := "hel" + "lo"
	bs := []byte{'h', 'e', 'l', 'l', 'o'}
	s2 := string(bs)
	sa := [3]string{"", s1, "x"}
	sb := [3]string{"", s2, "x"}
	println(sa == sb, sa != sb)
	sb[2] = "y"
	println(sa == sb)
	var bigs1, bigs2 [20]string
	for i := range bigs1 {
		bigs1[i] = string(bs[:i%6])
		bigs2[i] = string(bs[:i%6])
	}
	println(bigs1 == bigs2)
	bigs2[19] = "hel"
	println(bigs1 == bigs2)

	n1 := named{1, s1, 0.5}
	n2 := named{1, s2, 0.5}
	println(n1 == n2)
	n2.f = nan
	println(n1 == n2, n2 == n2)

	x := blanks{a: 1, b: "z"}
	y := blanks{a: 1, b: "z"}
	println(x == y)
	y.b = "w"
	println(x == y)

	u := nested{[2]named{n1, n1}, fpair{1, 2}}
	v := u
	println(u == v)
	v.in[1].s = "other"
	println(u == v)
	v = u
	v.p.y = float32(nan)
	println(u == v, v == v)
}

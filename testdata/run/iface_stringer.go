// run

// Stringer-style interfaces through values, pointers, embedded types and
// nested interface values.

package main

type Stringer interface{ String() string }

type Pt struct{ x, y int }

func (p Pt) String() string { return "(" + itoa(p.x) + "," + itoa(p.y) + ")" }

type Named struct {
	Pt
	name string
}

type List []Stringer

func (l List) String() string {
	s := "["
	for i, v := range l {
		if i > 0 {
			s += " "
		}
		s += v.String()
	}
	return s + "]"
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func str(v interface{}) string {
	if s, ok := v.(Stringer); ok {
		return s.String()
	}
	return "?"
}

func main() {
	p := Pt{1, -2}
	println(str(p), str(&p), str(Named{Pt{3, 4}, "n"}), str(3))
	l := List{p, &Named{Pt{5, 6}, "m"}, List{Pt{7, 8}}}
	println(str(l))
	var s Stringer = l
	println(len(s.(List)), s.String())
}

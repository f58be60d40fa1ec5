// run

package main

// Value methods of large types called through interfaces go through the
// (*T).m wrapper; arguments and results of several sizes.

type Big struct {
	a, b, c int
	s     string
}

type Summer interface {
	Sum(x int, s string) (int, string)
	Name() string
}

func (b Big) Sum(x int, s string) (int, string) { return b.a + b.b + b.c + x, b.s + s }
func (b Big) Name() string                       { return "big:" + b.s }

type Small byte

func (s Small) Sum(x int, t string) (int, string) { return int(s) + x, t }
func (s Small) Name() string                       { return "small" }

type PtrOnly struct{ n int }

func (p *PtrOnly) Sum(x int, s string) (int, string) {
	p.n += x
	return p.n, s + "!"
}
func (p *PtrOnly) Name() string { return "ptr" }

func use(s Summer) {
	n, str := s.Sum(10, "x")
	println(s.Name(), n, str)
}

func main() {
	use(Big{1, 2, 3, "b"})
	use(Small(7))
	p := &PtrOnly{5}
	use(p)
	use(p)
	var ss []Summer
	ss = append(ss, Big{a: 1, s: "q"}, Small(1), p)
	for i, s := range ss {
		println(i, s.Name())
	}
	b := Big{4, 5, 6, "v"}
	var s Summer = b
	b.a = 100 // the interface holds a copy
	use(s)
	var sp Summer = &b
	use(sp)
}

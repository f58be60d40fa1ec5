// Type assertions: 20,000,000 each of a concrete assertion (comma-ok,
// hit and miss), an assertion to a non-empty interface (assertE2I2, the
// itab cache) and an interface-to-interface conversion.

package main

type Reader interface{ Read() int }
type ReadCloser interface {
	Read() int
	Close() int
}

type file struct{ n int }

func (f *file) Read() int  { return f.n }
func (f *file) Close() int { return 1 }

type pipe struct{ n int }

func (p pipe) Read() int { return p.n }

//go:noinline
func step(x interface{}, r Reader) int {
	s := 0
	if f, ok := x.(*file); ok {
		s += f.n
	}
	if rc, ok := x.(ReadCloser); ok {
		s += rc.Close()
	}
	var rr Reader = rc(r)
	return s + rr.Read()
}

//go:noinline
func rc(r Reader) Reader { return r }

func main() {
	xs := []interface{}{&file{2}, pipe{3}}
	rs := []Reader{&file{5}, pipe{7}}
	s := 0
	for i := 0; i < 20000000; i++ {
		s += step(xs[i&1], rs[i&1])
	}
	println(s)
}

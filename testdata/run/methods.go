// run

// Methods with value and pointer receivers, automatic & and *, methods
// promoted through embedding, methods on named non-struct types.

package main

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c *Counter) Add(k int) { c.n += k }

type Named struct {
	Counter
	label string
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type List []int

func (l List) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *List) Push(v int) { *l = append(*l, v) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.Add(5)
	println(c.Get(), c.n)
	p := &c
	p.Inc()
	println(p.Get())
	var n Named
	n.Inc()
	n.Add(3)
	println(n.Get(), n.Counter.n)
	np := &n
	np.Inc()
	println(np.Get())
	println(Celsius(100).F(), Celsius(-40).F())
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	println(l.Sum(), len(l))
}

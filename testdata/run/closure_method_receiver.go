// run

// Closures inside methods capture the receiver: a pointer receiver is
// shared, a value receiver is the method's own copy.

package main

type Counter struct {
	n    int
	hist []int
}

func (c *Counter) Incrementer() func() int {
	return func() int {
		c.n++
		c.hist = append(c.hist, c.n)
		return c.n
	}
}

func (c Counter) Snapshot() func() int {
	return func() int {
		c.n += 1000
		return c.n
	}
}

func (c *Counter) Each(f func(int)) {
	for _, h := range c.hist {
		f(h)
	}
}

func main() {
	c := &Counter{}
	inc := c.Incrementer()
	inc()
	inc()
	snap := c.Snapshot()
	inc()
	println(c.n, snap(), snap(), c.n)
	sum := 0
	c.Each(func(h int) { sum += h })
	println(sum, len(c.hist))
}

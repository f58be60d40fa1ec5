// run

// recover works in a method deferred directly (value and pointer
// receivers, and a method value).

package main

type Guard struct{ name string }

func (g *Guard) Catch() {
	if r := recover(); r != nil {
		println(g.name, "caught", r.(string))
	}
}

func (g Guard) CatchV() {
	if r := recover(); r != nil {
		println(g.name, "caught by value", r.(string))
	}
}

func a() {
	g := &Guard{"a"}
	defer g.Catch()
	panic("pa")
}

func b() {
	g := Guard{"b"}
	defer g.CatchV()
	panic("pb")
}

func c() {
	g := &Guard{"c"}
	f := g.Catch
	defer f()
	panic("pc")
}

func main() {
	a()
	b()
	c()
	println("done")
}

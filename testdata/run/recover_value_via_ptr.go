// run

// recover in a value method deferred through a pointer (the call goes
// through the pointer wrapper), as gc allows.

package main

type G struct{ name string }

func (g G) Catch() {
	if r := recover(); r != nil {
		println(g.name, "caught", r.(string))
	}
}

func f() {
	p := &G{"p"}
	defer p.Catch()
	panic("boom")
}

func main() {
	f()
	println("done")
}

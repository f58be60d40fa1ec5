// run

// Deferred method calls: value receivers are copied at the defer
// statement, pointer receivers evaluated there, method values bound
// there.

package main

type Acc struct{ n int }

func (a Acc) Show(tag string) { println(tag, "value", a.n) }
func (a *Acc) PShow(tag string) { println(tag, "pointer", a.n) }

func main() {
	a := Acc{1}
	defer a.Show("1")
	defer a.PShow("2")
	p := &a
	defer p.Show("5")
	f := a.Show
	defer f("6")
	a.n = 100
	p = &Acc{200}
	println("end")
}

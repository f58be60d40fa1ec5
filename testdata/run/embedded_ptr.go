// run

// Embedded pointer fields: promoted fields and methods through *T,
// methods with pointer receivers reached through several levels.

package main

type Base struct {
	id   int
	name string
}

func (b *Base) Rename(s string) { b.name = s }
func (b Base) Describe() string { return b.name }

type Mid struct {
	*Base
	level int
}

type Top struct {
	Mid
	extra int
}

func main() {
	b := &Base{1, "base"}
	m := Mid{b, 2}
	t := Top{m, 3}
	println(t.id, t.name, t.level, t.extra)
	t.Rename("renamed")
	println(b.name, t.Describe(), m.Describe())
	t.id = 42
	println(b.id)
	pt := &t
	pt.Rename("via ptr")
	println(pt.name, pt.Mid.Base.name)
}

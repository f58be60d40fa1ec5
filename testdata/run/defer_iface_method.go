// run

// Deferred interface method calls: the interface value (its itab and
// data) and the arguments are saved at the defer statement.

package main

type Shower interface{ Show(tag string) int }

type A struct{ n int }

func (a A) Show(tag string) int { println(tag, "A", a.n); return a.n }

type B struct{ s string }

func (b *B) Show(tag string) int { println(tag, "B", b.s); return len(b.s) }

func main() {
	a := A{1}
	var s Shower = a
	defer s.Show("1")
	a.n = 2
	s = a
	defer s.Show("2")
	b := &B{"x"}
	s = b
	defer s.Show("3")
	b.s = "changed" // the pointer is shared
	for i := 0; i < 2; i++ {
		var t Shower = A{10 + i}
		defer t.Show("loop")
	}
	s = nil
}

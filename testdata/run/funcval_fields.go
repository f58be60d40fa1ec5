// run

// Func-typed struct fields and slices of handlers, called through
// selectors and indexes; a dispatch table of method values.

package main

type Machine struct {
	acc  int
	ops  map0
	hook func(int)
}

type map0 []func(*Machine, int)

type Op struct {
	name string
	run  func(int, int) int
}

func (m *Machine) Add(k int) { m.acc += k }
func (m *Machine) Mul(k int) { m.acc *= k }

func main() {
	m := &Machine{}
	m.ops = map0{(*Machine).Add, (*Machine).Mul, func(mm *Machine, k int) { mm.acc -= k }}
	logged := 0
	m.hook = func(v int) { logged += v }
	prog := []struct {
		op  int
		arg int
	}{{0, 5}, {1, 3}, {2, 1}, {0, 10}}
	for _, ins := range prog {
		m.ops[ins.op](m, ins.arg)
		m.hook(m.acc)
	}
	println(m.acc, logged)
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"max", func(a, b int) int {
			if a > b {
				return a
			}
			return b
		}},
	}
	for _, o := range ops {
		println(o.name, o.run(7, 9))
	}
	table := []func(int){m.Add, m.Mul}
	table[0](1)
	table[1](2)
	println(m.acc)
}

// run

// Func-typed fields, map values and slice elements as dispatch tables;
// func values of different origins (top-level, literal, method value,
// method expression) behave the same.

package main

type Op func(a, b int) int

type Calc struct {
	ops   map[string]Op
	trace func(string)
	log   []string
}

func add(a, b int) int { return a + b }

type Mul struct{ k int }

func (m Mul) Do(a, b int) int { return a * b * m.k }

func (c *Calc) Run(name string, a, b int) int {
	if c.trace != nil {
		c.trace(name)
	}
	op, ok := c.ops[name]
	if !ok {
		return -1
	}
	return op(a, b)
}

func main() {
	c := &Calc{ops: map[string]Op{}}
	c.trace = func(s string) { c.log = append(c.log, s) }
	c.ops["add"] = add
	c.ops["sub"] = func(a, b int) int { return a - b }
	c.ops["mul"] = Mul{2}.Do
	c.ops["mul1"] = func(a, b int) int { return Mul.Do(Mul{1}, a, b) }
	c.ops["max"] = Op(func(a, b int) int {
		if a > b {
			return a
		}
		return b
	})
	for _, n := range []string{"add", "sub", "mul", "mul1", "max", "none"} {
		println(n, c.Run(n, 7, 3))
	}
	println(len(c.log), c.log[0], c.log[5])

	table := [...]func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * x },
		nil,
	}
	x := 3
	for _, f := range table {
		if f != nil {
			x = f(x)
		}
	}
	println(x)
	type pair struct {
		name string
		fn   func() string
	}
	ps := []pair{{"a", func() string { return "A" }}, {"b", nil}}
	for _, p := range ps {
		if p.fn != nil {
			println(p.name, p.fn())
		} else {
			println(p.name, "nil")
		}
	}
}

// run

// Type switch variables captured by closures, and type switches inside
// closures on captured interfaces.

package main

type Op interface{ Apply(int) int }
type Add int
type Mul int

func (a Add) Apply(x int) int { return x + int(a) }
func (m Mul) Apply(x int) int { return x * int(m) }

func compile(ops []interface{}) func(int) int {
	var steps []func(int) int
	for _, o := range ops {
		switch v := o.(type) {
		case Op:
			steps = append(steps, func(x int) int { return v.Apply(x) })
		case func(int) int:
			steps = append(steps, v)
		case int:
			steps = append(steps, func(int) int { return v })
		}
	}
	return func(x int) int {
		for _, s := range steps {
			x = s(x)
		}
		return x
	}
}

func main() {
	f := compile([]interface{}{Add(1), Mul(3), func(x int) int { return x - 2 }, "skip"})
	println(f(1), f(10))
	g := compile([]interface{}{Add(5), 7, Mul(2)})
	println(g(0))
	var cur interface{} = 1
	describe := func() string {
		switch cur.(type) {
		case int:
			return "int"
		case string:
			return "string"
		}
		return "other"
	}
	println(describe())
	cur = "s"
	println(describe())
	cur = nil
	println(describe())
}

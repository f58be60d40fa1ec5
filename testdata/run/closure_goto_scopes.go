// run

// Closures created in if/switch/for init statements and blocks capture
// the variables of those scopes; each block entry makes new variables.

package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		if v := i * 10; v >= 0 {
			fs = append(fs, func() int { return v })
		}
		switch w := i + 100; {
		case w > 0:
			fs = append(fs, func() int { w++; return w })
		}
		{
			x := i
			fs = append(fs, func() int { x *= 2; return x })
		}
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	n := 0
	var g func() int
loop:
	k := n
	if g == nil {
		g = func() int { return k }
	}
	n++
	if n < 3 {
		goto loop
	}
	println(g(), n)
}

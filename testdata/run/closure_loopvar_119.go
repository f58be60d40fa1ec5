// run

// Go 1.19: a for loop has one variable for all iterations, so closures
// created in the loop all see its final value unless they copy it.

package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	fs = nil
	for _, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2], ps[0] == ps[2])

	fs = nil
	for k := range map[int]bool{7: true} {
		fs = append(fs, func() int { return k })
	}
	println(fs[0]())

	// Closures can also change the loop variable.
	n := 0
	for i := 0; i < 10; i++ {
		skip := func() { i++ }
		skip()
		n++
	}
	println(n)
}

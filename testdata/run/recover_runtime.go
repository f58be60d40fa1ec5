// run

// Run-time errors are recoverable: index and slice bounds, nil
// dereference, integer division by zero, nil func calls, shifts.

package main

type T struct{ n int }

func try(name string, f func()) {
	defer func() {
		println(name, "recovered:", recover() != nil)
	}()
	f()
}

func main() {
	var s []int
	i := 5
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	var p *T
	try("nil deref", func() { p.n = 1 })
	z := 0
	try("divide", func() { println(1 / z) })
	try("modulo", func() { println(1 % z) })
	var nf func()
	try("nil func", func() { nf() })
	sh := -1
	try("shift", func() { println(1 << sh) })
	arr := [3]int{}
	try("array", func() { arr[i%8] = 1 })
	str := "abc"
	try("string", func() { _ = str[i] })
	try("none", func() {})
	// A recovered fault leaves the program healthy.
	for k := 0; k < 3; k++ {
		try("again", func() { p.n++ })
	}
	println("done")
}

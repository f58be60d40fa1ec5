// run

// Variable shadowing in nested scopes, := redeclaring some names, loop
// variables, and variables declared inside loops starting from zero each
// iteration.

package main

func main() {
	x := 1
	{
		x := 2
		x++
		println(x)
	}
	println(x)
	if x := 10; x > 5 {
		println(x)
	}
	a, b := 1, 2
	b, c := 3, 4
	println(a, b, c)
	for i := 0; i < 3; i++ {
		var acc int
		var arr [2]int
		acc += i
		arr[0] += i
		s := ""
		s += "x"
		println(acc, arr[0], s)
	}
	for i := 0; i < 2; i++ {
		i := i * 10
		println(i)
	}
}

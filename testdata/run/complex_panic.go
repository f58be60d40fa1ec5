// run
// exitcode 2

// A complex value as a panic's value, and inside interfaces: == through
// the type's equal function (NaN parts are unequal), and a named complex
// type, printed T(v) the way gc's runtime prints it.

package main

type C complex64

func main() {
	var x interface{} = 1 + 2i
	var y interface{} = 1 + 2i
	zero := 0.0
	nan := zero / zero
	var n interface{} = complex(nan, 1)
	var c C = 3i
	var z interface{} = c
	println(x == y, n == n, z == z, z == interface{}(complex64(3i)), c)
	defer func() {
		r := recover()
		println("recovered", r == interface{}(C(-1)))
		panic(complex(1, nan))
	}()
	panic(C(-1))
}

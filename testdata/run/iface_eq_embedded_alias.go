// run

// Embedding through an alias renames the field: struct { Int } (type
// Int = int) and struct { int } are different types, with different
// descriptors, though they print alike.

package main

type Int = int
type Byte = byte

type A = struct{ int }
type B = struct{ Int }

func main() {
	var x, y interface{} = A{}, B{}
	println(x == y)
	_, ok := x.(B)
	println(ok)
	_, ok = y.(B)
	println(ok)
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	println(x == y)
	x, y = struct{ byte }{1}, struct{ uint8 }{1}
	println(x == y)
	x, y = struct{ Byte }{1}, struct{ byte }{1}
	println(x == y)
	m := map[interface{}]int{}
	m[A{}] = 1
	m[B{}] = 2
	m[struct{ int }{}] = 3
	println(len(m), m[A{}], m[B{}])
	switch y.(type) {
	case struct{ uint8 }:
		println("uint8 field")
	case struct{ byte }:
		println("byte field")
	}
}

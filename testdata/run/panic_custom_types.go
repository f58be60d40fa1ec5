// run
// exitcode 2

// Panic values of named basic types print with their type name; a
// recovered one keeps its dynamic type.

package main

type MyInt int
type MyStr string
type MyFloat float64
type MyBool bool

func try(v interface{}) {
	defer func() {
		r := recover()
		switch x := r.(type) {
		case MyInt:
			println("MyInt", int(x))
		case MyStr:
			println("MyStr", string(x))
		case MyFloat:
			println("MyFloat", float64(x))
		case MyBool:
			println("MyBool", bool(x))
		default:
			println("other")
		}
	}()
	panic(v)
}

func main() {
	try(MyInt(3))
	try(MyStr("s"))
	try(MyFloat(1.5))
	try(MyBool(true))
	try(3)
	defer func() {
		panic(MyStr("outer"))
	}()
	panic(MyInt(-7))
}

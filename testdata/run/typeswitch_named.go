// run

// Type switches tell named types from their underlying types and from
// other named types; identical unnamed types match each other.

package main

type MyInt int
type OtherInt int
type Ints []int
type Point struct{ X, Y int }

func kind(e interface{}) string {
	switch e.(type) {
	case int:
		return "int"
	case MyInt:
		return "MyInt"
	case []int:
		return "[]int"
	case Ints:
		return "Ints"
	case struct{ X, Y int }:
		return "struct{X,Y}"
	case Point:
		return "Point"
	case *Point:
		return "*Point"
	case *struct{ X, Y int }:
		return "*struct{X,Y}"
	case map[string]int:
		return "map[string]int"
	case func(int) int:
		return "func(int) int"
	case [2]int:
		return "[2]int"
	case [3]int:
		return "[3]int"
	}
	return "other"
}

func anon() interface{} { return struct{ X, Y int }{1, 2} }

func main() {
	println(kind(1), kind(MyInt(1)), kind(OtherInt(1)))
	println(kind([]int{}), kind(Ints{}), kind([]MyInt{}))
	println(kind(anon()), kind(Point{}), kind(&Point{}), kind(&struct{ X, Y int }{}))
	println(kind(struct{ Y, X int }{}), kind(struct {
		X int
		Y int
	}{}))
	println(kind(map[string]int{}), kind(map[string]int8{}))
	println(kind(func(x int) int { return x }), kind(func(int) {}))
	println(kind([2]int{}), kind([3]int{}), kind([4]int{}))
	println(kind(nil), kind(int8(1)))
}

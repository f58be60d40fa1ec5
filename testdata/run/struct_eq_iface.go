// run

// Struct and array equality with interface fields compares dynamic types
// and values; an uncomparable dynamic value panics.

package main

type Box struct {
	tag string
	v   interface{}
}

type Err interface{ Error() string }
type e1 struct{ s string }

func (e e1) Error() string { return e.s }

type Holder struct {
	err Err
	n   int
}

func main() {
	println(Box{"a", 1} == Box{"a", 1}, Box{"a", 1} == Box{"a", int64(1)})
	println(Box{"a", nil} == Box{"a", nil}, Box{"a", nil} == Box{"a", 0})
	println(Box{"a", "x"} == Box{"a", "x"}, Box{"a", Box{"b", 2}} == Box{"a", Box{"b", 2}})
	arr := [2]interface{}{1.5, "s"}
	println(arr == [2]interface{}{1.5, "s"}, arr == [2]interface{}{"s", 1.5})
	println(Holder{e1{"x"}, 1} == Holder{e1{"x"}, 1}, Holder{e1{"x"}, 1} == Holder{e1{"y"}, 1})
	println(Holder{} == Holder{nil, 0})
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	// Comparison stops at the first difference, before an uncomparable
	// value is reached.
	println(Box{"a", []int{}} == Box{"b", []int{}})
	println([2]interface{}{1, []int{}} == [2]interface{}{2, []int{}})
	println([3]Box{{"a", 1}, {"b", map[int]int{}}} == [3]Box{{"a", 2}, {"b", map[int]int{}}})
	type Mixed struct {
		n int
		e interface{}
		s string
	}
	println(Mixed{1, []int{}, "x"} == Mixed{2, []int{}, "x"})
	println(Box{"a", []int{}} == Box{"a", []int{}})
}

// run

package main

type I interface{ M() string }
type J interface {
	I
	N() int
}

type A int

func (a A) M() string { return "A" }

type B struct{ x int }

func (b *B) M() string { return "B" }
func (b *B) N() int    { return b.x }

type C string

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8:
		return "small int"
	case string:
		return "string " + x
	case J:
		return "J " + x.M()
	case I:
		return "I " + x.M()
	case []int:
		if len(x) > 0 {
			return "slice"
		}
		return "empty slice"
	case error:
		return "error"
	default:
		return "other"
	}
}

func main() {
	println(classify(nil))
	println(classify(1))
	println(classify(int8(1)))
	println(classify("s"))
	println(classify(A(1)))
	println(classify(&B{3}))
	println(classify([]int{1}))
	println(classify([]int{}))
	println(classify(C("c")))
	println(classify(3.5))
	var i I
	println(classify(i))
	var bp *B
	i = bp
	println(classify(i), i != nil)
	var j J = &B{9}
	i = j
	switch v := i.(type) {
	case J:
		println("J", v.N())
	}
	switch i.(type) {
	case A:
		println("A")
	case *B:
		println("*B")
	}
}

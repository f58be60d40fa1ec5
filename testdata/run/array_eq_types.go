// run

// Array equality for every comparable element type.

package main

type P struct{ x, y int16 }
type I interface{ M() }
type K int

func (K) M() {}

func main() {
	println([3]bool{true, false, true} == [3]bool{true, false, true}, [2]bool{} == [2]bool{false, true})
	println([4]int8{1, -2, 3, -4} == [4]int8{1, -2, 3, -4}, [3]uint16{1, 2, 3} == [3]uint16{1, 2, 4})
	println([2]int32{1 << 30, 5} == [2]int32{1 << 30, 5}, [5]int64{} == [5]int64{0, 0, 0, 0, 1})
	println([3]uint{1, 2, 3} == [3]uint{1, 2, 3}, [2]uintptr{1, 2} == [2]uintptr{1, 2})
	println([2]float32{1.5, 2} == [2]float32{1.5, 2}, [2]float64{1, 2} == [2]float64{1, 2.5})
	println([2]complex64{1i, 2} == [2]complex64{1i, 2}, [1]complex128{1} == [1]complex128{1i})
	println([3]string{"a", "b", ""} == [3]string{"a", "b", ""}, [1]string{"a"} == [1]string{"b"})
	x, y := 1, 1
	println([2]*int{&x, &y} == [2]*int{&x, &y}, [2]*int{&x, &x} == [2]*int{&x, &y})
	println([2]P{{1, 2}, {3, 4}} == [2]P{{1, 2}, {3, 4}}, [1]P{{1, 2}} == [1]P{{2, 1}})
	println([2]I{K(1), nil} == [2]I{K(1), nil}, [2]I{K(1), nil} == [2]I{K(2), nil})
	println([2][2]int{{1, 2}, {3, 4}} == [2][2]int{{1, 2}, {3, 4}}, [2][2]int{} == [2][2]int{{0, 1}})
	println([0]int{} == [0]int{}, [2]struct{}{} == [2]struct{}{})
	println([2]K{1, 2} == [2]K{1, 2}, [3]rune{'a'} == [3]rune{97})
	var big1, big2 [1000]byte
	big2[999] = 1
	println(big1 == big2)
	big1[999] = 1
	println(big1 == big2)
	var b3, b4 [17]uint8
	b4[16] = 1
	println(b3 == b4, b3 != b4)
}

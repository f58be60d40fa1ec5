// run

// Array keys of several element types.

package main

func main() {
	mi := map[[3]int]string{}
	mi[[3]int{1, 2, 3}] = "a"
	mi[[3]int{3, 2, 1}] = "b"
	mi[[3]int{1, 2, 3}] += "c"
	println(len(mi), mi[[3]int{1, 2, 3}], mi[[3]int{3, 2, 1}], mi[[3]int{}] == "")

	ms := map[[2]string]int{}
	ms[[2]string{"ab", "c"}] = 1
	ms[[2]string{"a", "bc"}] = 2
	println(len(ms), ms[[2]string{"ab", "c"}], ms[[2]string{"a", "bc"}])

	mf := map[[2]float64]int{}
	mf[[2]float64{0, 1}] = 1
	mf[[2]float64{-0.0, 1}]++
	println(len(mf), mf[[2]float64{0, 1}])

	mb := map[[4]byte]int{}
	for i := 0; i < 256; i++ {
		mb[[4]byte{byte(i), byte(i >> 1), 0, 1}] = i
	}
	println(len(mb), mb[[4]byte{200, 100, 0, 1}])

	me := map[[2]interface{}]int{}
	me[[2]interface{}{1, "a"}] = 1
	me[[2]interface{}{"a", 1}] = 2
	me[[2]interface{}{1, "a"}] += 10
	println(len(me), me[[2]interface{}{1, "a"}], me[[2]interface{}{"a", 1}])

	m0 := map[[0]int]int{}
	m0[[0]int{}] = 5
	m0[[0]int{}]++
	println(len(m0), m0[[0]int{}])

	mbig := map[[40]int]int{}
	var k [40]int
	for i := 0; i < 40; i++ {
		k[i] = 1
		mbig[k] = i
	}
	k[39] = 1
	println(len(mbig), mbig[k])
}

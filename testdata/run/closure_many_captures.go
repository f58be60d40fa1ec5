// run

// A closure capturing many variables of different types, some modified
// after capture, some read-only.

package main

func main() {
	a, b, c := 1, int8(2), int16(3)
	d, e := int32(4), int64(5)
	f, g := float32(6.5), 7.25
	s := "str"
	bs := []byte("bytes")
	arr := [3]int{8, 9, 10}
	m := map[string]int{"k": 11}
	p := &struct{ x int }{12}
	var ifc interface{} = 13
	cx := complex(14, 15)
	ok := true
	f2 := func() {
		println(a, b, c, d, e, f, g, s, string(bs), arr[2], m["k"], p.x, ifc.(int), cx, ok)
	}
	f2()
	a, s, ok = 100, "changed", false
	bs[0] = 'B'
	m["k"] = 111
	p.x = 120
	arr[2] = 1000
	f2()
	h := func() func() int {
		return func() int {
			a++
			return a + int(b) + int(c) + int(d) + int(e)
		}
	}()
	println(h(), h(), a)
}

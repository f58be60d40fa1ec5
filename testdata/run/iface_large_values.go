// run

// Values larger than a word are copied into the interface: later changes
// to the variable are not seen, and each conversion is its own copy.

package main

type Big struct {
	a [10]int
	s string
}

func (b Big) Sum() int {
	t := 0
	for _, v := range b.a {
		t += v
	}
	return t + len(b.s)
}

type Summer interface{ Sum() int }

type Small struct{ x int32 }

func main() {
	var b Big
	for i := range b.a {
		b.a[i] = i
	}
	b.s = "abc"
	var s Summer = b
	var e interface{} = b
	b.a[0] = 100
	b.s = ""
	println(s.Sum(), e.(Big).Sum(), b.Sum())
	c := e.(Big)
	c.a[1] = 1000
	println(e.(Big).a[1], c.a[1])

	arr := []interface{}{}
	for i := int32(0); i < 5; i++ {
		arr = append(arr, Small{i})
	}
	for _, v := range arr {
		print(v.(Small).x, " ")
	}
	println()
	var z interface{} = struct{}{}
	var z2 interface{} = [0]int{}
	println(z == struct{}{}, z2 == [0]int{}, z == z2)
}

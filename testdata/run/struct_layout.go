// run

// Structs with mixed field sizes (padding), copied, compared field by
// field, stored in arrays and slices, and passed by value.

package main

type Rec struct {
	flag  bool
	count int64
	small int16
	ratio float32
	name  string
	tiny  uint8
}

func bump(r Rec) Rec {
	r.count++
	r.small--
	r.ratio *= 2
	r.name += "!"
	r.tiny += 200
	return r
}

func main() {
	a := Rec{true, 1 << 40, -5, 1.5, "rec", 100}
	b := bump(a)
	println(b.flag, b.count, b.small, b.ratio, b.name, b.tiny)
	println(a == b, a == a, bump(a) == b)
	rs := make([]Rec, 3)
	rs[1] = a
	rs[2] = b
	println(rs[0] == Rec{}, rs[1] == a, rs[2].name)
	var arr [2]Rec
	arr[0] = b
	arr2 := arr
	arr2[0].tiny = 1
	println(arr == arr2, arr[0].tiny, arr2[0].tiny)
}

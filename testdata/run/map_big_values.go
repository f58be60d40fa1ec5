// run

// Keys and elements larger than 128 bytes are stored indirectly in the
// buckets; lookups, updates, deletes and growth must still work.

package main

type BigK struct {
	id  int
	pad [20]int
}

type BigV struct {
	vals [40]int
	name string
}

func main() {
	m := map[BigK]BigV{}
	for i := 0; i < 300; i++ {
		var k BigK
		k.id = i
		k.pad[19] = i * 2
		var v BigV
		v.vals[39] = i * 3
		v.name = "v"
		m[k] = v
	}
	println(len(m))
	var k BigK
	k.id = 150
	k.pad[19] = 300
	v, ok := m[k]
	println(ok, v.vals[39], v.name)
	k.pad[0] = 1
	_, ok = m[k]
	println(ok)
	k.pad[0] = 0
	delete(m, k)
	println(len(m))
	s := 0
	for kk, vv := range m {
		s += kk.id + vv.vals[39]
	}
	println(s)

	ms := map[string][50]int{}
	var arr [50]int
	arr[49] = 7
	ms["a"] = arr
	arr[49] = 8
	println(ms["a"][49], arr[49])
	x := ms["a"]
	x[49]++
	ms["a"] = x
	println(ms["a"][49], ms["b"][49])
}

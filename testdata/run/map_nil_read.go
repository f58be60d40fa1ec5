// run

// A nil map reads like an empty map: lookup, comma-ok, len, range,
// delete, and as a value in another map.

package main

type T struct {
	m map[string]int
}

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	println(v, ok)
	for k, v := range m {
		println("never", k, v)
	}
	delete(m, "x")
	var t T
	println(t.m["a"], len(t.m))
	mm := map[string]map[string]int{}
	println(mm["a"]["b"], mm["a"] == nil)
	var mi map[interface{}]string
	println(mi[1] == "", mi[[2]int{}] == "")
	var mf map[float64]int
	println(mf[0.5])
	var ms map[[10]string]struct{ a, b int }
	println(ms[[10]string{}].b)
	var mp map[int]*T
	println(mp[1] == nil)
	m = map[string]int{}
	println(m == nil, len(m))
}

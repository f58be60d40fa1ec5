// run

// delete: present and missing keys, on nil maps, everything, and
// re-inserting deleted keys.

package main

func main() {
	m := map[int]string{}
	for i := 0; i < 50; i++ {
		m[i] = "v"
	}
	for i := 0; i < 50; i += 2 {
		delete(m, i)
	}
	println(len(m))
	delete(m, 1000)
	delete(m, 0)
	println(len(m))
	_, ok := m[2]
	_, ok2 := m[3]
	println(ok, ok2)
	for i := 0; i < 50; i++ {
		delete(m, i)
	}
	println(len(m))
	m[7] = "again"
	println(len(m), m[7])

	var nm map[string]int
	delete(nm, "x")
	println(len(nm))

	ms := map[string][]byte{"a": nil, "b": {1}, "c": {2, 3}}
	k := "b"
	delete(ms, k)
	println(len(ms), len(ms["c"]))

	type K struct {
		a string
		b int
	}
	mk := map[K]int{{"x", 1}: 1, {"x", 2}: 2}
	delete(mk, K{"x", 1})
	println(len(mk), mk[K{"x", 2}])

	me := map[interface{}]int{1: 1, "1": 2}
	delete(me, int64(1))
	println(len(me))
	delete(me, 1)
	println(len(me), me["1"])
}

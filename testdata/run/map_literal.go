// run

// Map composite literals: elided key and element types, nested literals,
// computed keys, and literals with many entries.

package main

type P struct{ X, Y int }

func key(i int) string { return string(rune('a' + i)) }

func main() {
	m1 := map[string]int{"one": 1, "two": 2, "three": 3}
	println(len(m1), m1["one"]+m1["two"]+m1["three"])
	m2 := map[P]string{{1, 2}: "a", {3, 4}: "b"}
	println(len(m2), m2[P{1, 2}], m2[P{3, 4}])
	m3 := map[string]P{"o": {}, "x": {1, 1}}
	println(m3["x"].X, m3["o"].Y)
	m4 := map[string]*P{"p": {5, 6}}
	println(m4["p"].Y)
	m5 := map[[2]int][]string{{1, 1}: {"a", "b"}, {2, 2}: nil}
	println(len(m5[[2]int{1, 1}]), m5[[2]int{2, 2}] == nil)
	m6 := map[string]map[string]int{"a": {"x": 1}, "b": {}}
	println(len(m6), m6["a"]["x"], len(m6["b"]))
	m7 := map[string]int{key(0): 0, key(1): 1, key(2): 2}
	println(m7["a"], m7["b"], m7["c"])
	m8 := map[interface{}]int{1: 1, "1": 2, 1.0: 3, P{}: 4}
	println(len(m8), m8[P{}])
	m9 := map[int]int{
		0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36, 7: 49, 8: 64, 9: 81,
		10: 100, 11: 121, 12: 144, 13: 169, 14: 196, 15: 225, 16: 256, 17: 289,
		18: 324, 19: 361, 20: 400, 21: 441, 22: 484, 23: 529, 24: 576, 25: 625,
		26: 676, 27: 729, 28: 784, 29: 841, 30: 900,
	}
	s := 0
	for k, v := range m9 {
		if k*k != v {
			println("bad", k)
		}
		s += v
	}
	println(len(m9), s)
	empty := map[string]bool{}
	println(len(empty), empty["x"])
	// Duplicate-looking keys computed at run time: the last one wins.
	a, b := "k", "k"
	m10 := map[string]int{a: 1, b: 2}
	println(len(m10), m10["k"])
}

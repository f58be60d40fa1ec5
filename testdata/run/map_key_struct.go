// run

// Struct keys: all fields take part in hashing and equality, including
// strings, floats, interfaces and nested arrays; padding does not.

package main

type K struct {
	a int8
	b int64
	s string
	f float64
	e interface{}
	r [2]int16
}

type Small struct {
	x, y int32
}

func main() {
	m := map[K]int{}
	m[K{1, 2, "x", 1.5, 3, [2]int16{4, 5}}] = 1
	m[K{1, 2, "x", 1.5, 3, [2]int16{4, 6}}] = 2
	m[K{1, 2, "y", 1.5, 3, [2]int16{4, 5}}] = 3
	m[K{1, 2, "x", 1.5, "3", [2]int16{4, 5}}] = 4
	m[K{1, 2, "x", -0.0, nil, [2]int16{}}] = 5
	println(len(m))
	println(m[K{1, 2, "x", 1.5, 3, [2]int16{4, 5}}])
	println(m[K{1, 2, "x", 1.5, "3", [2]int16{4, 5}}])
	println(m[K{1, 2, "x", 0, nil, [2]int16{}}])
	s := "x"
	s += ""
	println(m[K{1, 2, s + "", 1.5, 3, [2]int16{4, 6}}])
	_, ok := m[K{1, 2, "x", 1.5, int64(3), [2]int16{4, 5}}]
	println(ok)
	m[K{1, 2, "x", 1.5, 3, [2]int16{4, 5}}] = 10
	println(len(m), m[K{1, 2, "x", 1.5, 3, [2]int16{4, 5}}])

	ms := map[Small]string{}
	for i := int32(0); i < 100; i++ {
		ms[Small{i, -i}] = "v"
	}
	delete(ms, Small{5, -5})
	_, ok = ms[Small{5, -5}]
	_, ok2 := ms[Small{6, -6}]
	println(len(ms), ok, ok2)
}

// run

// Closures stored as map values keep their own state; replacing a value
// does not affect closures already taken out of the map.

package main

import "sort"

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	m := map[string]func() int{}
	for _, k := range []string{"a", "b", "c"} {
		m[k] = counter()
	}
	m["a"]()
	m["a"]()
	m["b"]()
	old := m["a"]
	m["a"] = counter()
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		print(k, "=", m[k](), " ")
	}
	println()
	println(old(), m["a"]())
	delete(m, "b")
	_, ok := m["b"]
	println(ok, len(m))
}

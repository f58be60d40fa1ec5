// run

// interface{} keys of many dynamic types: the same value under different
// types is a different key.

package main

import "sort"

type MyInt int
type S struct{ a, b string }

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[MyInt(1)] = "MyInt"
	m[1.0] = "float64"
	m[float32(1)] = "float32"
	m["1"] = "string"
	m[true] = "bool"
	m[S{"a", "b"}] = "S"
	m[[2]int{1, 1}] = "array"
	m[nil] = "nil"
	m[complex(1, 0)] = "complex"
	p := new(int)
	m[p] = "ptr"
	println(len(m))
	keys := []string{}
	for _, v := range m {
		keys = append(keys, v)
	}
	sort.Strings(keys)
	for _, k := range keys {
		print(k, " ")
	}
	println()
	println(m[1], m[MyInt(1)], m[S{"a", "b"}], m[nil], m[p], m[new(int)] == "")
	println(m[1.0], m[float32(1.0)], m[complex(1, 0)], m[uint(1)] == "")
	delete(m, MyInt(1))
	delete(m, nil)
	_, ok := m[MyInt(1)]
	println(len(m), ok)

	type I interface{ M() }
	mi := map[I]int{}
	mi[nil] = 1
	println(len(mi), mi[nil])
}

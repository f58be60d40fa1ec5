// run

// Unhashable keys in lookups, assignments and deletes: each panics with
// gc's message; the map is unchanged.

package main

type K struct {
	n int
	v interface{}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name+":", r.(error).Error())
		}
	}()
	f()
}

func main() {
	m := map[interface{}]int{"a": 1}
	mk := map[K]int{{1, 2}: 3}
	try("lookup", func() { _ = m[[]int{}] })
	try("commaok", func() { _, _ = m[map[int]int{}] })
	try("assign", func() { m[func() {}] = 1 })
	try("delete", func() { delete(m, []string{}) })
	try("struct key", func() { mk[K{1, []int{}}] = 1 })
	try("array", func() { m[[1][]int{}] = 2 })
	println(len(m), m["a"], len(mk), mk[K{1, 2}])
	// On a nil map too.
	var nm map[interface{}]int
	try("nil lookup", func() { _ = nm[[]int{}] })
}

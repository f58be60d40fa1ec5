// run

// Every way of writing to a nil map panics with the same error;
// reading, deleting and ranging are fine.

package main

import "runtime"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(runtime.Error); ok {
			println(name+":", e.Error())
		} else {
			println(name, "no panic")
		}
	}()
	f()
}

func main() {
	var mi map[int]int
	var ms map[string]string
	var mm map[[3]int]struct{}
	var me map[interface{}]float64
	try("int", func() { mi[1] = 1 })
	try("int op", func() { mi[1] += 1 })
	try("string", func() { ms["a"] = "b" })
	try("array", func() { mm[[3]int{}] = struct{}{} })
	try("iface", func() { me[1.5] = 1 })
	try("delete", func() { delete(mi, 1) })
	try("read", func() { _ = ms["a"]; _ = me[0]; _, _ = mm[[3]int{1}] })
	n := 0
	try("range", func() {
		for range mi {
			n++
		}
	})
	println(n, len(mi), len(ms), len(mm), len(me))
}

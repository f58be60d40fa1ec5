// run

// Recovered run-time errors are runtime.Error and error values whose
// Error() is gc's text.

package main

import "runtime"

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRE := r.(runtime.Error)
		e, isErr := r.(error)
		if isRE && isErr {
			println(name+":", re.Error(), e.Error() == re.Error())
		} else {
			println(name, "unexpected", r == nil)
		}
	}()
	f()
}

func main() {
	var s []int
	i, j := 5, 2
	arr := [3]int{}
	str := "hello"
	var p *T
	var m map[string]int
	z := 0
	var e interface{} = "x"
	neg := -1
	try("index", func() { _ = s[i] })
	try("array", func() { arr[i%8] = 1 })
	try("string", func() { _ = str[i+1] })
	try("slice hi", func() { _ = s[:i] })
	try("slice lo>hi", func() { _ = str[i:j] })
	try("slice3", func() { _ = arr[1:j:i] })
	try("nil deref", func() { p.x++ })
	try("nil map", func() { m["a"] = 1 })
	try("divide", func() { _ = i / z })
	try("assert", func() { _ = e.(int) })
	try("shift", func() { _ = i << neg })
	try("makeslice", func() { _ = make([]int, neg) })
	try("makeslice cap", func() { _ = make([]int, 2, j-1) })
	try("neg index", func() { _ = str[neg] })
	try("conversion", func() { _ = (*[4]int)(s) })
}

// run

// The clear-by-range idiom (for k := range m { delete(m, k) }) for keys
// of several types, including NaN keys that delete cannot reach.

package main

import "math"

type K struct {
	s string
	n int
}

func main() {
	mi := map[int]int{}
	ms := map[string]bool{}
	mk := map[K][]int{}
	me := map[interface{}]int{}
	for i := 0; i < 1000; i++ {
		mi[i] = i
		ms[string(rune(i+40))] = true
		mk[K{"k", i}] = []int{i}
		me[i] = i
		me[float64(i)] = i
	}
	println(len(mi), len(ms), len(mk), len(me))
	for k := range mi {
		delete(mi, k)
	}
	for k := range ms {
		delete(ms, k)
	}
	for k := range mk {
		delete(mk, k)
	}
	for k := range me {
		delete(me, k)
	}
	println(len(mi), len(ms), len(mk), len(me))
	mi[5] = 5
	println(len(mi), mi[5])

	mf := map[float64]int{}
	mf[math.NaN()] = 1
	mf[math.NaN()] = 2
	mf[1] = 3
	for k := range mf {
		delete(mf, k)
	}
	println(len(mf))
}

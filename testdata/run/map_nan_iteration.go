// run

// NaN keys can be ranged over and their values updated through range,
// but not looked up or deleted; the clear-by-range idiom leaves them.

package main

import "math"

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	for i := 0; i < 10; i++ {
		m[nan] = i
		m[float64(i)] = i
	}
	println(len(m))
	nans, sum := 0, 0
	for k, v := range m {
		if math.IsNaN(k) {
			nans++
			sum += v
		}
	}
	println(nans, sum)
	for k := range m {
		delete(m, k)
	}
	println(len(m))
	nans = 0
	for k := range m {
		if math.IsNaN(k) {
			nans++
		}
	}
	println(nans)
	me := map[interface{}]string{}
	me[nan] = "a"
	me[float32(nan)] = "b"
	me[nan] = "c"
	println(len(me))
	mk := map[[2]float64]int{}
	mk[[2]float64{nan, 1}] = 1
	mk[[2]float64{nan, 1}] = 2
	_, ok := mk[[2]float64{nan, 1}]
	println(len(mk), ok)
	type P struct{ x, y float64 }
	mp := map[P]int{}
	mp[P{1, nan}]++
	mp[P{1, nan}]++
	println(len(mp))
}

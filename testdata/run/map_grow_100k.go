// run

// Growth to 100,000 entries of int and string keys, with lookups and
// deletes during and after growth.

package main

import "strconv"

func main() {
	m := map[int]int{}
	for i := 0; i < 100000; i++ {
		m[i*7] = i
		if i%1000 == 0 {
			if m[i*7/2*2] < 0 {
				println("bad")
			}
		}
	}
	println(len(m))
	s := 0
	for k, v := range m {
		if k != v*7 {
			println("mismatch", k, v)
		}
		s += v
	}
	println(s)
	for i := 0; i < 100000; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	miss := 0
	for i := 0; i < 100000; i++ {
		_, ok := m[i*7]
		if ok != (i%2 == 1) {
			miss++
		}
	}
	println(miss)

	ms := make(map[string]int)
	for i := 0; i < 100000; i++ {
		ms["key"+strconv.Itoa(i)] = i
	}
	println(len(ms), ms["key0"], ms["key99999"], ms["key50000"])
	n := 0
	for k, v := range ms {
		if k != "key"+strconv.Itoa(v) {
			n++
		}
	}
	println(n)
}

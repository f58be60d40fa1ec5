// run

// len after inserts, overwrites and deletes equals the number of entries
// range produces, across growth.

package main

func count(m map[uint32]uint32) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func main() {
	m := map[uint32]uint32{}
	x := uint32(12345)
	for i := 0; i < 5000; i++ {
		x = x*1664525 + 1013904223
		k := x % 3000
		switch i % 3 {
		case 0, 1:
			m[k] = x
		case 2:
			delete(m, k)
		}
		if i%500 == 0 && len(m) != count(m) {
			println("mismatch at", i)
		}
	}
	println(len(m) == count(m), len(m) > 0)
	var sum uint32
	for k := range m {
		sum += k
	}
	println(sum)
}

// run

// Maps with int keys: make with and without a hint, assignment, lookup,
// comma-ok, len, delete, op-assignment, ++, range (summed, so the output
// does not depend on the iteration order) and a nil map's reads.

package main

func main() {
	m := make(map[int]int)
	for i := 0; i < 20; i++ {
		m[i] = i * i
	}
	println(len(m), m[3], m[19], m[20])
	v, ok := m[7]
	println(v, ok)
	v, ok = m[-1]
	println(v, ok)
	delete(m, 7)
	delete(m, 100)
	_, ok = m[7]
	println(len(m), ok)
	m[2] += 10
	m[3]++
	m[4] -= 1
	m[5] *= 3
	m[50] |= 6
	println(m[2], m[3], m[4], m[5], m[50], len(m))
	sum, keys := 0, 0
	for k, v := range m {
		keys += k
		sum += v
	}
	println(keys, sum)
	n := 0
	for range m {
		n++
	}
	println(n)

	var nilm map[int]string
	println(len(nilm), nilm[1] == "", nilm == nil)
	s, ok := nilm[3]
	println(s, ok)
	delete(nilm, 3)
	for k := range nilm {
		println("never", k)
	}

	h := make(map[int64]bool, 100)
	h[1<<40] = true
	h[-1<<40] = true
	println(h[1<<40], h[-1<<40], h[0], len(h))

	small := map[int8]uint16{1: 10, -1: 20, 127: 30, -128: 40}
	println(small[1], small[-1], small[127], small[-128], small[0], len(small))
	u := map[uint32]int32{0xffffffff: -1, 0: 1}
	println(u[0xffffffff], u[0], u[5])
	var idx int = 3
	var k64 uint64 = 1 << 63
	big := make(map[uint64]int, idx)
	big[k64] = 7
	println(big[k64], big[k64-1])
	mm := make(map[int]int, k64)
	mm[1] = 1
	println(len(mm))
}

// run

// Growth: 100,000 entries inserted one by one (many doublings and
// incremental evacuation), looked up, half of them deleted (the table
// keeps its size: later inserts reuse the holes), then reinserted.

package main

func main() {
	const n = 100000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
		if len(m) != i+1 {
			println("bad len", i, len(m))
			return
		}
	}
	bad := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*7]; !ok || v != i {
			bad++
		}
		if _, ok := m[i*7+1]; ok {
			bad++
		}
	}
	println(len(m), bad)
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	sum, cnt := 0, 0
	for k, v := range m {
		if k != v*7 || v%2 == 0 {
			bad++
		}
		sum += v
		cnt++
	}
	println(cnt, sum, bad)
	for i := 0; i < n; i++ {
		m[i*7] = -i
	}
	sum = 0
	for _, v := range m {
		sum += v
	}
	println(len(m), sum)

	// A map that grows and shrinks many times keeps working (same-size
	// growth on many overflow buckets).
	h := make(map[int]int)
	for round := 0; round < 50; round++ {
		for i := 0; i < 1000; i++ {
			h[round*1000+i] = i
		}
		for i := 0; i < 1000; i++ {
			delete(h, round*1000+i)
		}
	}
	h[1] = 1
	println(len(h), h[1])

	// String keys grow the same way.
	s := make(map[string]int)
	for i := 0; i < 20000; i++ {
		s[itoa(i)] = i
	}
	bad = 0
	for i := 0; i < 20000; i++ {
		if s[itoa(i)] != i {
			bad++
		}
	}
	println(len(s), bad)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

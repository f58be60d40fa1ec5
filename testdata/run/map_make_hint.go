// run

// make(map, hint) with hints of every size and integer type; the hint
// never limits the map.

package main

func fill(m map[int]int, n int) int {
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	s := 0
	for _, v := range m {
		s += v
	}
	return s
}

func main() {
	println(fill(make(map[int]int), 100))
	println(fill(make(map[int]int, 0), 100))
	println(fill(make(map[int]int, 1), 100))
	println(fill(make(map[int]int, 8), 100))
	println(fill(make(map[int]int, 9), 100))
	println(fill(make(map[int]int, 1000), 100))
	var h8 int8 = 100
	var h64 int64 = 1 << 12
	var hu uint16 = 77
	println(fill(make(map[int]int, h8), 500))
	println(fill(make(map[int]int, h64), 500))
	println(fill(make(map[int]int, hu), 500))
	n := 3
	m := make(map[string][]int, n)
	println(len(m))
	m["a"] = append(m["a"], 1, 2)
	println(len(m), len(m["a"]))
	big := make(map[[64]byte]int, 300)
	for i := 0; i < 300; i++ {
		var k [64]byte
		k[i%64] = byte(i)
		k[63-i%64]++
		big[k]++
	}
	t := 0
	for _, v := range big {
		t += v
	}
	println(len(big), t)
}

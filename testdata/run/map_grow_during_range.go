// run

// A map that grows from 8 to 100,000 entries while being ranged over:
// each original key is still produced exactly once.

package main

func main() {
	m := make(map[int]int)
	for i := 0; i < 8; i++ {
		m[i] = 0
	}
	seen := map[int]int{}
	next := 1000
	for k := range m {
		if k < 8 {
			seen[k]++
			for j := 0; j < 12500; j++ {
				m[next] = 1
				next++
			}
		}
	}
	dup := false
	for _, c := range seen {
		if c != 1 {
			dup = true
		}
	}
	println(len(seen), dup, len(m))
}

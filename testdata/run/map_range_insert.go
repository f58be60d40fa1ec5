// run

// Inserting during range: every entry present at the start (and not
// deleted) is produced exactly once, whether or not the new ones are.

package main

func main() {
	m := map[int]bool{}
	for i := 0; i < 64; i++ {
		m[i] = true
	}
	orig := 0
	total := 0
	for k := range m {
		total++
		if k < 64 {
			orig++
		}
		if k < 64 {
			// Growth starts during the iteration.
			for j := 0; j < 20; j++ {
				m[1000+k*20+j] = true
			}
		}
	}
	println(orig, len(m), total >= 64, total <= len(m))

	// Overwriting existing entries does not change what range produces.
	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for k, v := range m2 {
		m2[k] = v * 10
		sum += v
	}
	println(sum, m2["a"]+m2["b"]+m2["c"])
}

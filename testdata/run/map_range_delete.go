// run

// Deleting during range: entries removed before they are reached are not
// produced; deleting the current entry is allowed.

package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	n := 0
	for k := range m {
		n++
		for j := 0; j < 100; j++ {
			if j != k {
				delete(m, j)
			}
		}
	}
	println(n, len(m))

	m2 := map[string]int{}
	for i := 0; i < 1000; i++ {
		m2[string(rune('A'+i%26))+string(rune('a'+i/26))] = i
	}
	seen := 0
	for k, v := range m2 {
		seen++
		if v%2 == 0 {
			delete(m2, k)
		}
	}
	println(seen, len(m2))
	odd := true
	for _, v := range m2 {
		if v%2 == 0 {
			odd = false
		}
	}
	println(odd)
}

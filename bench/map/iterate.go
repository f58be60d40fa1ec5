// Map iteration: 100 ranges over a map of 100,000 int entries (keys and
// values) and 100 over 100,000 string keys.

package main

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i*3] = i
	}
	sum := 0
	for r := 0; r < 100; r++ {
		for k, v := range m {
			sum += k - v
		}
	}
	s := make(map[string]bool)
	for i := 0; i < 100000; i++ {
		s["k"+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676%26))+string(rune('a'+i/17576%26))] = true
	}
	n := 0
	for r := 0; r < 100; r++ {
		for k := range s {
			n += len(k)
		}
	}
	println(sum, n)
}

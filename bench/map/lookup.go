// Map lookup: 10,000,000 lookups of int keys (half hits, half misses) and
// 2,500,000 of string keys in maps of 100,000 and 17,576 entries.

package main

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i*2] = i
	}
	hits, sum := 0, 0
	for r := 0; r < 50; r++ {
		for i := 0; i < 200000; i++ {
			if v, ok := m[i]; ok {
				hits++
				sum += v
			}
		}
	}
	s := make(map[string]int)
	keys := make([]string, 17576)
	for i := range keys {
		keys[i] = "key-" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26))
		s[keys[i]] = i
	}
	for r := 0; r < 142; r++ {
		for _, k := range keys {
			sum += s[k]
		}
	}
	println(hits, sum)
}

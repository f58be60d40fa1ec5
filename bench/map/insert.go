// Map insert: 1,000,000 int keys and 250,000 string keys into maps that
// grow from empty (growth and evacuation included).

package main

func main() {
	sum := 0
	for r := 0; r < 5; r++ {
		m := make(map[int]int)
		for i := 0; i < 200000; i++ {
			m[i*17+r] = i
		}
		sum += len(m)
	}
	keys := make([]string, 50000)
	for i := range keys {
		keys[i] = "key-" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26))
	}
	for r := 0; r < 5; r++ {
		s := make(map[string]int)
		for i, k := range keys {
			s[k] = i
		}
		sum += len(s)
	}
	println(sum)
}

// run

// Breaking out of a range over a map and ranging again; nested ranges
// over the same map; range with only the key or only the value.

package main

func main() {
	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = string(rune('a' + i))
	}
	n := 0
	for range m {
		n++
		if n == 5 {
			break
		}
	}
	println(n)
	pairs := 0
	for k1 := range m {
		for k2 := range m {
			if k1 < k2 {
				pairs++
			}
		}
	}
	println(pairs)
	total := 0
	for _, v := range m {
		total += int(v[0])
	}
	println(total)
	keys := 0
	for k := range m {
		keys += k
	}
	println(keys)
	found := -1
	for k, v := range m {
		if v == "k" {
			found = k
			break
		}
	}
	println(found)
	cont := 0
	for k := range m {
		if k%2 == 0 {
			continue
		}
		cont++
	}
	println(cont)
	var x, y int
	for x, y = range map[int]int{3: 4} {
	}
	println(x, y)
}

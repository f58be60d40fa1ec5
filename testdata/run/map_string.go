// run

// Maps with string keys and string values: empty strings, long keys,
// keys built at run time (same contents, different pointers), overwrite.

package main

func key(i int) string {
	s := ""
	for j := 0; j <= i%7; j++ {
		s += string(rune('a' + (i+j)%26))
	}
	return s + string(rune('A'+i%26))
}

func main() {
	m := map[string]string{"": "empty", "a": "A", "hello": "world"}
	println(m[""], m["a"], m["hello"], m["nope"] == "", len(m))
	long := "the quick brown fox jumps over the lazy dog, twice: the quick brown fox"
	m[long] = "long"
	b := []byte(long)
	println(m[string(b)], len(m))
	m["a"] = "AA"
	println(m["a"], len(m))
	m["a"] += "!"
	println(m["a"])

	counts := make(map[string]int)
	for i := 0; i < 1000; i++ {
		counts[key(i)]++
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	println(len(counts), total, counts[key(0)], counts[key(5)])
	for i := 0; i < 1000; i += 2 {
		delete(counts, key(i))
	}
	println(len(counts))
	sum := 0
	for k, c := range counts {
		if k != "" {
			sum += c
		}
	}
	println(sum)
}

// Sprintf of composite values through reflection: 200,000 rounds of %v of
// a struct, %+v of a pointer to it, %v of a slice and of a small map.

package main

import "fmt"

type point struct {
	X, Y int
	Name string
	On   bool
}

func main() {
	total := 0
	xs := []int{1, 2, 3, 5, 8}
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	for i := 0; i < 200000; i++ {
		p := point{i, -i, "pt", i&1 == 0}
		total += len(fmt.Sprintf("%v", p))
		total += len(fmt.Sprintf("%+v", &p))
		total += len(fmt.Sprintf("%v", xs))
		total += len(fmt.Sprintf("%v", m))
	}
	println(total)
}

// run

// Maps of maps, of slices, and of closures.

package main

import "sort"

func main() {
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 2)
	add("b", "c", 3)
	add("c", "a", 4)
	add("a", "b", 5)
	println(len(graph), len(graph["a"]), graph["a"]["b"], graph["c"]["a"], graph["x"]["y"])

	groups := map[int][]string{}
	words := []string{"go", "is", "fun", "and", "maps", "are", "nice"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	lens := []int{}
	for l := range groups {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		print(l, ":")
		for _, w := range groups[l] {
			print(" ", w)
		}
		println()
	}

	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	k := 3
	ops["mulk"] = func(a, b int) int { return a * b * k }
	k = 4
	println(ops["add"](2, 3), ops["sub"](2, 3), ops["mulk"](2, 3))
	if f, ok := ops["div"]; !ok && f == nil {
		println("no div")
	}
	counters := map[string]func() int{}
	for _, name := range []string{"x", "y"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["x"]()
	counters["x"]()
	println(counters["x"](), counters["y"]())

	nested := map[[2]int]map[string][]int{}
	nested[[2]int{1, 2}] = map[string][]int{"a": {1, 2, 3}}
	nested[[2]int{1, 2}]["a"][1] = 20
	println(nested[[2]int{1, 2}]["a"][1], len(nested[[2]int{2, 1}]["a"]))
}

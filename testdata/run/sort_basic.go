// run

// sort through our std: Ints, Strings, Float64s (NaNs first), the
// *AreSorted checks and the Search* functions.
package main

import "sort"

func main() {
	a := []int{5, 2, 8, -1, 0, 2, 9, 7, 3, -5, 2, 100, -100}
	println(sort.IntsAreSorted(a))
	sort.Ints(a)
	for _, v := range a {
		print(v, " ")
	}
	println(sort.IntsAreSorted(a), sort.SearchInts(a, 2), sort.SearchInts(a, 4), sort.SearchInts(a, 1000), sort.SearchInts(a, -1000))
	s := []string{"pear", "apple", "fig", "", "banana", "apple", "Zebra"}
	sort.Strings(s)
	for _, v := range s {
		print("["+v+"] ")
	}
	println(sort.StringsAreSorted(s), sort.SearchStrings(s, "b"), sort.SearchStrings(s, "zz"))
	var zero float64
	f := []float64{3.5, -1, zero / zero, 1 / zero, -1 / zero, 0.25, 2}
	sort.Float64s(f)
	for _, v := range f {
		print(v, " ")
	}
	println(sort.Float64sAreSorted(f), sort.SearchFloat64s(f, 1), sort.SearchFloat64s(f, 10))
	var empty []int
	sort.Ints(empty)
	println(sort.IntsAreSorted(empty), sort.SearchInts(empty, 1))
}

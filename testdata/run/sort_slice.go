// run

// sort.Slice, sort.SliceStable and sort.SliceIsSorted over slices of
// several element types (distinct keys for Slice, which is not stable),
// and stability of SliceStable against equal keys.

package main

import (
	"sort"
)

type person struct {
	name string
	age  int
}

type big struct {
	key  int
	pad  [5]int
	name string
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 0, 7}
	sort.Slice(ints, func(i, j int) bool { return ints[i] < ints[j] })
	for _, x := range ints {
		print(x, " ")
	}
	println(sort.SliceIsSorted(ints, func(i, j int) bool { return ints[i] < ints[j] }))

	strs := []string{"pear", "apple", "fig", "banana", "kiwi"}
	sort.Slice(strs, func(i, j int) bool { return len(strs[i]) < len(strs[j]) || len(strs[i]) == len(strs[j]) && strs[i] < strs[j] })
	for _, s := range strs {
		print(s, " ")
	}
	println(sort.SliceIsSorted(strs, func(i, j int) bool { return strs[i] < strs[j] }))

	bytes := []byte("the quick brown fox")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] > bytes[j] })
	println(string(bytes))

	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 35}, {"dave", 25}, {"eve", 30}, {"frank", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	for _, p := range people {
		print(p.name, ":", p.age, " ")
	}
	println()

	ptrs := []*person{&people[0], &people[1], &people[2]}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].name > ptrs[j].name })
	for _, p := range ptrs {
		print(p.name, " ")
	}
	println()

	// Many equal keys: SliceStable keeps the original order among them.
	var bs []big
	for i := 0; i < 500; i++ {
		bs = append(bs, big{key: (i * 7919) % 13, name: string(rune('a' + i%26))})
		bs[i].pad[0] = i
	}
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].key < bs[j].key })
	ok := true
	for i := 1; i < len(bs); i++ {
		if bs[i-1].key > bs[i].key || bs[i-1].key == bs[i].key && bs[i-1].pad[0] > bs[i].pad[0] {
			ok = false
		}
	}
	println("stable:", ok, bs[0].pad[0], bs[499].pad[0], bs[250].key)

	// A large unstable sort of distinct keys.
	var ls []int32
	for i := 0; i < 2000; i++ {
		ls = append(ls, int32((i*104729)%2003))
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i] < ls[j] })
	println(ls[0], ls[1], ls[1000], ls[1999], sort.SliceIsSorted(ls, func(i, j int) bool { return ls[i] < ls[j] }))

	var empty []float64
	sort.Slice(empty, func(i, j int) bool { return empty[i] < empty[j] })
	sort.SliceStable(empty, func(i, j int) bool { return empty[i] < empty[j] })
	println(sort.SliceIsSorted(empty, func(i, j int) bool { return false }))
	one := []float64{1}
	sort.Slice(one, func(i, j int) bool { return one[i] < one[j] })
	println(one[0])

	defer func() {
		println("panic:", recover().(error).Error())
	}()
	sort.Slice(42, func(i, j int) bool { return false })
}

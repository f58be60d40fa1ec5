// run

// Element kinds: structs, arrays, strings, slices, maps of maps, pointers;
// elements and keys over 128 bytes (stored indirectly) and elements over
// 1024 bytes (looked up with the compiler's own zero value); maps in
// struct fields, package variables, parameters and results.

package main

type rec struct {
	name string
	n    int
	tags [3]int
}

type bigKey struct {
	id  int
	pad [20]int
}

type bigVal [40]int64

type hugeVal [200]int64

var global = map[string]int{"x": 1, "y": 2}

var table = map[int]string{
	1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
	7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve",
}

type holder struct {
	m map[string][]int
}

func count(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func total(m map[string]int) int {
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func main() {
	rm := make(map[int]rec)
	rm[1] = rec{"a", 1, [3]int{1, 2, 3}}
	r := rm[1]
	r.n = 99
	println(rm[1].name, rm[1].n, rm[1].tags[2], r.n, rm[2].name == "", rm[2].tags[0])
	rm[1] = r
	println(rm[1].n)

	am := map[string][2]string{"k": {"x", "y"}}
	println(am["k"][0], am["k"][1], len(am["none"][0]))

	sm := map[int][]int{}
	for i := 0; i < 10; i++ {
		sm[i%3] = append(sm[i%3], i)
	}
	println(len(sm[0]), len(sm[1]), len(sm[2]), sm[0][3], sm[2][2])

	mm := make(map[string]map[string]int)
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		inner, ok := mm[p[0]]
		if !ok {
			inner = make(map[string]int)
			mm[p[0]] = inner
		}
		inner[p[1]]++
	}
	mm["a"]["x"] += 5
	println(len(mm), len(mm["a"]), mm["a"]["x"], mm["a"]["y"], mm["b"]["x"], mm["c"]["x"])

	lit := map[string]map[int]bool{"e": {}, "f": {1: true}}
	println(len(lit["e"]), lit["f"][1], lit["e"] != nil, lit["g"] == nil)

	x := 5
	pm := map[string]*int{"x": &x}
	*pm["x"] = 6
	println(x, pm["y"] == nil)

	bk := make(map[bigKey]bigVal)
	for i := 0; i < 50; i++ {
		var k bigKey
		k.id = i
		k.pad[19] = i * 2
		var v bigVal
		v[0] = int64(i)
		v[39] = int64(i * 3)
		bk[k] = v
	}
	var probe bigKey
	probe.id = 7
	probe.pad[19] = 14
	got := bk[probe]
	println(len(bk), got[0], got[39])
	probe.pad[19] = 15
	got2, ok := bk[probe]
	println(got2[39], ok)
	delete(bk, bigKey{id: 1, pad: [20]int{19: 2}})
	println(len(bk))

	hm := map[int]hugeVal{}
	var hv hugeVal
	hv[199] = 42
	hm[1] = hv
	println(hm[1][199], hm[2][199], len(hm))
	h2, ok := hm[3]
	println(h2[0], ok)

	println(global["x"], global["y"], len(table), table[12], table[7])
	global["z"] = 3
	println(total(global))

	c := count([]string{"a", "b", "a", "c", "a"})
	println(c["a"], c["b"], c["d"], len(c))

	var hd holder
	println(hd.m == nil, len(hd.m["q"]))
	hd.m = map[string][]int{"q": {1, 2}}
	println(len(hd.m["q"]))
	hs := []map[int]int{{1: 1}, {2: 4}}
	println(hs[0][1], hs[1][2])
	p := &map[int]int{3: 9}
	println((*p)[3])
}

// run

// Compound assignments, ++/--, and append on map elements; the key is
// evaluated once.

package main

var calls int

func key(k string) string {
	calls++
	return k
}

func main() {
	m := map[string]int{}
	m["a"] += 5
	m["a"] -= 2
	m["a"] *= 10
	m["a"] /= 3
	m["a"] %= 7
	m["a"] <<= 4
	m["a"] |= 1
	m["a"] ^= 3
	m["b"]++
	m["b"]++
	m["c"]--
	println(m["a"], m["b"], m["c"], len(m))
	m[key("d")] += 1
	m[key("d")]++
	println(m["d"], calls)

	ms := map[int]string{}
	ms[1] += "x"
	ms[1] += "y"
	println(ms[1])
	mf := map[string]float64{}
	mf["f"] += 1.5
	mf["f"] *= 3
	println(mf["f"])
	msl := map[string][]int{}
	msl["a"] = append(msl["a"], 1)
	msl["a"] = append(msl["a"], 2, 3)
	println(len(msl["a"]), msl["a"][2])
	mu := map[uint8]uint8{}
	mu[0] -= 1
	println(mu[0])
	type P struct{ x, y int }
	mp := map[string]*P{"p": {}}
	mp["p"].x += 4
	println(mp["p"].x)
	ma := map[int][2]int{}
	a := ma[0]
	a[1] = 9
	ma[0] = a
	println(ma[0][1])
}

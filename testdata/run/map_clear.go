// run

// `for k := range m { delete(m, k) }` empties the map (gc turns the loop
// into runtime.mapclear), but not of NaN keys, which delete cannot reach;
// the map stays usable, and other loops that delete are ordinary ranges.

package main

func main() {
	m := make(map[int]string)
	for i := 0; i < 1000; i++ {
		m[i] = "x"
	}
	for k := range m {
		delete(m, k)
	}
	println(len(m), m[5] == "")
	m[7] = "seven"
	println(len(m), m[7])

	var zero float64
	f := map[float64]int{1: 1, 2: 2}
	f[zero/zero] = 3
	f[zero/zero] = 4
	println(len(f))
	for k := range f {
		delete(f, k)
	}
	println(len(f))

	g := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range g {
		if v != 2 {
			delete(g, k)
		}
	}
	println(len(g), g["b"])
	var nilm map[int]int
	for k := range nilm {
		delete(nilm, k)
	}
	println(len(nilm))
}

func init() {
	// Not the idiom: k is not declared by the loop and keeps the last key.
	k := 0
	m := map[int]int{42: 0}
	for k = range m {
		delete(m, k)
	}
	println(k, len(m))
}

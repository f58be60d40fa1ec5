// run

// Key kinds: structs (plain memory, with padding, with strings and
// floats), arrays, floats with +0/-0 and NaN, bools, pointers, named
// types, and keys of odd sizes.

package main

type point struct{ x, y int }

type padded struct {
	a int8
	b int64
	c int16
}

type named struct {
	name string
	n    int
}

type fkey struct {
	f float64
	s string
}

type three [3]byte

type celsius float32

func main() {
	pm := map[point]string{{1, 2}: "a", {2, 1}: "b"}
	pm[point{3, 4}] = "c"
	println(pm[point{1, 2}], pm[point{2, 1}], pm[point{3, 4}], pm[point{4, 3}] == "", len(pm))

	pd := make(map[padded]int)
	pd[padded{1, 2, 3}] = 1
	pd[padded{1, 2, 4}] = 2
	pd[padded{1, 2, 3}] += 10
	println(pd[padded{1, 2, 3}], pd[padded{1, 2, 4}], len(pd))

	nm := make(map[named]int)
	a := "ab"
	nm[named{a + "c", 1}] = 5
	nm[named{"abc", 2}] = 6
	println(nm[named{"abc", 1}], nm[named{"ab" + "c", 2}], nm[named{"abc", 3}], len(nm))

	am := map[[4]int]int{{1, 2, 3, 4}: 10}
	am[[4]int{4, 3, 2, 1}] = 20
	println(am[[4]int{1, 2, 3, 4}], am[[4]int{4, 3, 2, 1}], am[[4]int{}], len(am))

	sa := map[[2]string]bool{{"a", "b"}: true}
	println(sa[[2]string{"a", "b"}], sa[[2]string{"b", "a"}])

	tm := map[three]int{{1, 2, 3}: 123}
	tm[three{3, 2, 1}] = 321
	println(tm[three{1, 2, 3}], tm[three{3, 2, 1}], tm[three{}])

	var zero float64
	negzero := -zero
	fm := make(map[float64]string)
	fm[0] = "zero"
	println(fm[negzero], len(fm))
	fm[negzero] = "negzero"
	println(fm[0], len(fm))
	nan := zero / zero
	fm[nan] = "nan1"
	fm[nan] = "nan2"
	println(len(fm), fm[nan] == "")
	_, ok := fm[nan]
	println(ok)
	nans := 0
	for k, v := range fm {
		if k != k {
			nans++
			if v != "nan1" && v != "nan2" {
				println("bad nan value", v)
			}
		}
	}
	println(nans)
	delete(fm, nan)
	println(len(fm))
	fm[1.5] = "x"
	fm[1e300] = "y"
	println(fm[1.5], fm[1e300], len(fm))

	f32 := map[float32]int{1.25: 1}
	var z32 float32
	f32[-z32] = 2
	println(f32[1.25], f32[0], len(f32))
	cm := map[celsius]bool{36.6: true}
	println(cm[36.6], cm[0])

	fk := map[fkey]int{{0, "a"}: 1}
	fk[fkey{negzero, "a"}]++
	println(fk[fkey{0, "a"}], len(fk))

	bm := map[bool]int{true: 1, false: 0}
	bm[true]++
	println(bm[true], bm[false])

	x, y := 1, 2
	ptr := map[*int]int{&x: 10, &y: 20}
	println(ptr[&x], ptr[&y], ptr[nil], len(ptr))

	type rk rune
	rm := map[rk]string{'a': "a", 'é': "e"}
	println(rm['a'], rm['é'])
	um := map[uintptr]int{^uintptr(0): 1}
	println(um[^uintptr(0)])
	var e struct{}
	em := map[struct{}]int{e: 7}
	em[struct{}{}]++
	println(em[e], len(em))
}

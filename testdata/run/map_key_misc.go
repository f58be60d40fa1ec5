// run

// Keys of bool, pointer, small integer, named string and struct{} types.

package main

type Color string
type T struct{ n int }

func main() {
	mb := map[bool]int{}
	mb[true]++
	mb[true]++
	mb[false]--
	println(len(mb), mb[true], mb[false])

	a, b := &T{1}, &T{1}
	mp := map[*T]int{a: 1, b: 2}
	mp[a] += 10
	println(len(mp), mp[a], mp[b], mp[nil])

	m8 := map[int8]int{}
	for i := -128; i < 128; i++ {
		m8[int8(i)] = i
	}
	println(len(m8), m8[-128], m8[127])

	mu := map[uint16]bool{}
	for i := 0; i < 70000; i++ {
		mu[uint16(i)] = true
	}
	println(len(mu))

	mc := map[Color]int{"red": 1, "green": 2}
	mc["red"] *= 5
	println(len(mc), mc["red"], mc[Color("gr"+"een")])

	me := map[struct{}]int{}
	me[struct{}{}] = 3
	me[struct{}{}]++
	println(len(me), me[struct{}{}])

	mr := map[rune]string{'a': "A", 'é': "E", '世': "W"}
	println(len(mr), mr['é'], mr['世'])
}

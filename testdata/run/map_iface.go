// run

// Interface keys: the dynamic type and value decide (1 and int64(1) and
// "1" are three keys), nil is a key, pointer-shaped values, structs and
// arrays inside interfaces, a non-empty interface type as the key.

package main

type S struct {
	a int
	b string
}

type Stringer interface{ String() string }

type name string

func (n name) String() string { return string(n) }

type id int

func (i id) String() string { return "id" }

func main() {
	m := make(map[interface{}]int)
	m[1] = 1
	m[int64(1)] = 2
	m["1"] = 3
	m[nil] = 4
	m[S{1, "x"}] = 5
	m[[2]int{1, 2}] = 6
	m[1.5] = 7
	m[true] = 8
	println(len(m), m[1], m[int64(1)], m["1"], m[nil], m[S{1, "x"}], m[[2]int{1, 2}], m[1.5], m[true])
	println(m[int32(1)], m[S{1, "y"}], m[false])
	x := 3
	p := &x
	m[p] = 9
	println(m[p], m[&x], len(m))
	var k interface{} = "1"
	m[k] += 10
	println(m["1"])
	delete(m, 1)
	delete(m, nil)
	_, ok := m[1]
	println(len(m), ok)
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum)

	sm := map[Stringer]int{name("a"): 1, id(1): 2}
	sm[name("a")]++
	println(sm[name("a")], sm[id(1)], sm[id(2)], len(sm))

	var zero float64
	m[zero/zero] = 1
	m[zero/zero] = 2
	println(len(m))
}

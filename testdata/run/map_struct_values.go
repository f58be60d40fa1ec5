// run

// Struct elements are copies: reading m[k].f, replacing the element, and
// pointer elements that are shared.

package main

type Acct struct {
	name string
	bal  int
}

func main() {
	m := map[int]Acct{1: {"a", 10}, 2: {"b", 20}}
	a := m[1]
	a.bal += 5
	println(m[1].bal, a.bal)
	m[1] = a
	println(m[1].bal, m[1].name, len(m[2].name))

	mp := map[int]*Acct{1: {"a", 10}}
	p := mp[1]
	p.bal = 99
	println(mp[1].bal)

	type Inner struct{ vals []int }
	mi := map[string]Inner{"x": {[]int{1, 2}}}
	mi["x"].vals[0] = 100 // the slice shares its array
	println(mi["x"].vals[0])

	total := 0
	for _, acct := range m {
		acct.bal = 0 // a copy
		total += m[1].bal
	}
	println(total, m[1].bal)
}

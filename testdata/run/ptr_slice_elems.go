// run

// Slices of pointers to structs, modified through range indices and
// through copies of the pointers.

package main

type Item struct {
	name  string
	price int
}

func main() {
	items := []*Item{{"a", 10}, {"b", 20}, {"c", 30}}
	for _, it := range items {
		it.price *= 2
	}
	for i := range items {
		items[i].name += "!"
	}
	total := 0
	for _, it := range items {
		total += it.price
		print(it.name, " ")
	}
	println(total)
	vals := []Item{{"x", 1}, {"y", 2}}
	for _, v := range vals {
		v.price = 100
	}
	for i := range vals {
		vals[i].price += 5
	}
	println(vals[0].price, vals[1].price)
	p := &vals[1]
	vals = append(vals, Item{"z", 3})
	p.price = -1
	println(len(vals))
}

// run

// Slices sharing a backing array: appends within capacity are visible
// through other slices, appends beyond it are not.

package main

func main() {
	base := make([]int, 3, 6)
	a := base[:2]
	a = append(a, 100)
	println(base[2], len(base), len(a))
	b := base[1:2]
	b = append(b, 200, 300)
	println(base[2], a[2], len(b), cap(b))
	c := append(base, 1, 2, 3, 4)
	c[0] = -1
	println(base[0], c[0], cap(c) >= 7)
	full := base[0:3:3]
	full = append(full, 9)
	full[1] = -9
	println(base[1], full[1])
}

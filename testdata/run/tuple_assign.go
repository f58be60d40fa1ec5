// run

// Tuple assignment evaluates all index operands and right-hand sides
// before assigning (a[i], i = ...), swaps of scalars, strings and structs.

package main

type P struct{ x, y int }

func main() {
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9
	println(i, a[0], a[1])
	a[i], i = 7, 2
	println(i, a[1])
	x, y := "left", "right"
	x, y = y, x
	println(x, y)
	p, q := P{1, 2}, P{3, 4}
	p, q = q, p
	println(p.x, q.x)
	m, n, o := 1, 2, 3
	m, n, o = o, m, n
	println(m, n, o)
	arr := [3]int{1, 2, 3}
	arr[0], arr[2] = arr[2], arr[0]
	println(arr[0], arr[2])
	var f, g float64 = 1.5, 2.5
	f, g = g, f
	println(f, g)
}

// run

// Pointers: address-taken locals (moved to the heap), pointers to
// elements and fields, pointer comparisons, swapping through pointers.

package main

func swap(a, b *int) { *a, *b = *b, *a }

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

type T struct{ a, b int }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	inc(&x)
	println(x)
	p := newInt(7)
	q := newInt(7)
	println(*p, p == q, *p == *q, p != nil)
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	println(s[1])
	t := T{1, 2}
	pb := &t.b
	*pb = 30
	println(t.b)
	pt := &t
	pt.a = 5
	println(t.a)
	var np *int
	println(np == nil)
	arr := [3]int{1, 2, 3}
	pa := &arr[2]
	*pa += 10
	println(arr[2])
	pp := &p
	**pp = 9
	println(*p)
}

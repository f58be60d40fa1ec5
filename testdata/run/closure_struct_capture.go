// run

// Capturing large values: structs and arrays captured by value when never
// reassigned, by reference otherwise; the closure sees the right one.

package main

type P struct {
	name string
	xs   [8]int
}

func main() {
	p := P{"p", [8]int{1, 2, 3, 4, 5, 6, 7, 8}}
	sum := func() int {
		t := 0
		for _, x := range p.xs {
			t += x
		}
		return t
	}
	println(sum())
	p.xs[0] = 100
	println(sum())

	q := P{"q", [8]int{}}
	readQ := func() string { return q.name }
	println(readQ())

	arr := [4]string{"a", "b", "c", "d"}
	join := func() string {
		r := ""
		for _, s := range arr {
			r += s
		}
		return r
	}
	arr[3] = "z"
	println(join())

	big := [100]int{}
	big[99] = 1
	last := func() int { return big[99] }
	println(last())
	big[99] = 2
	println(last())
}

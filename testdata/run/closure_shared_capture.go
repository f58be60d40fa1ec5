// run

// Closures created in the same scope share the captured variables: one
// sees the other's writes, and so does the enclosing function.

package main

func pair() (func() int, func(int)) {
	x := 0
	get := func() int { return x }
	set := func(v int) { x = v }
	return get, set
}

func main() {
	get, set := pair()
	println(get())
	set(5)
	println(get())
	get2, set2 := pair()
	set2(7)
	println(get(), get2())

	n := 1
	inc := func() { n++ }
	dbl := func() { n *= 2 }
	inc()
	dbl()
	inc()
	println(n)
	n = 10
	inc()
	println(n)

	var s []int
	push := func(v int) { s = append(s, v) }
	size := func() int { return len(s) }
	push(1)
	push(2)
	println(size(), len(s))
	s = nil
	println(size())

	type pt struct{ x, y int }
	p := pt{1, 2}
	move := func() { p.x += 10 }
	move()
	println(p.x, p.y)
	arr := [3]int{}
	setArr := func(i int) { arr[i] = i + 1 }
	setArr(2)
	println(arr[2])
}

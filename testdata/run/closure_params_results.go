// run

// Closures capture parameters and named results; a deferred closure can
// read the results the function body assigned.

package main

func scale(k int, xs []int) (out []int, n int) {
	apply := func(x int) {
		out = append(out, x*k)
		n++
	}
	for _, x := range xs {
		apply(x)
	}
	k = 100 // the closure sees the change
	apply(1)
	return
}

func watch(a, b int) (sum int) {
	defer func() {
		println("watch", a, b, sum)
	}()
	a, b = b, a
	sum = a + b
	return sum * 2
}

func makeAcc(total int) (add func(int) int, get func() int) {
	add = func(v int) int { total += v; return total }
	get = func() int { return total }
	return
}

func main() {
	out, n := scale(3, []int{1, 2, 3})
	println(len(out), out[0], out[2], out[3], n)
	println(watch(1, 2))
	add, get := makeAcc(10)
	add(5)
	add(-2)
	println(get())
}

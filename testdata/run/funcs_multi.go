// run

// Functions: multiple and named results, bare returns, variadic functions
// (with and without ...), recursion, results passed straight to calls.

package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func pair() (int, int) { return 3, 4 }
func add(a, b int) int  { return a + b }

func named() (x int, s string) {
	x = 5
	s = "named"
	if x > 3 {
		return
	}
	return 0, ""
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	a, b := swap("x", "y")
	println(a, b)
	println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5}...))
	println(fact(20), fact(21))
	println(ack(2, 3))
	println(add(pair()))
	x, s := named()
	println(x, s)
	_, r2 := divmod(-17, 5)
	println(r2)
}

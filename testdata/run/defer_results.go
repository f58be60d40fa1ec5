// run

// Deferred closures read and modify named results, after the return
// statement has set them; unnamed results are unaffected.

package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func multi() (n int, s string, f float64) {
	defer func() {
		n++
		s += "!"
		f /= 2
	}()
	n, s, f = 1, "a", 3
	return n + 1, s + "b", f * 2
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

type pair struct{ a, b int }

func structResult() (p pair) {
	defer func() { p.b = p.a * 10 }()
	p.a = 4
	return
}

func arrayResult() (a [3]int) {
	defer func() {
		for i := range a {
			a[i] += i
		}
	}()
	return [3]int{10, 20, 30}
}

func stringResult() (s string) {
	defer func() { s = "<" + s + ">" }()
	s = "mid"
	return s + "dle"
}

func chain() (r int) {
	defer func() { r += 1 }()
	defer func() { r *= 3 }()
	return 2
}

func loopDefer() (sum int) {
	for i := 1; i <= 4; i++ {
		defer func(k int) { sum += k }(i)
	}
	return 0
}

func main() {
	println(double())
	n, s, f := multi()
	println(n, s, f)
	println(unnamed())
	p := structResult()
	println(p.a, p.b)
	a := arrayResult()
	println(a[0], a[1], a[2])
	println(stringResult())
	println(chain())
	println(loopDefer())
}

// run

// Deferred closures read and modify named results after return set them,
// including when the function recovers from a panic.

package main

import "errors"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	s = "x"
	return s + "y"
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
			err = errors.New("division failed")
		}
	}()
	return a / b, nil
}

func multi() (a, b int, c string) {
	defer func() { a, b = b, a; c = c + "!" }()
	return 1, 2, "c"
}

type R struct{ v [4]int }

func bigResult() (r R) {
	defer func() { r.v[3] = 99 }()
	r.v[0] = 1
	return r
}

func unnamedResult() int {
	x := 5
	defer func() { x = 100 }() // does not affect the result
	return x
}

func main() {
	println(double(), order())
	q, err := safeDiv(7, 2)
	println(q, err == nil)
	q, err = safeDiv(7, 0)
	println(q, err.Error())
	a, b, c := multi()
	println(a, b, c)
	r := bigResult()
	println(r.v[0], r.v[3])
	println(unnamedResult())
}

// run
// exitcode 2

// A deferred function panics with an error value while an index panic
// is unwinding.

package main

type wrapErr struct{ inner string }

func (w wrapErr) Error() string { return "wrapped(" + w.inner + ")" }

func f(s []int, i int) int {
	defer func() {
		panic(wrapErr{"cleanup failed"})
	}()
	return s[i]
}

func main() {
	println(f([]int{1, 2}, 5))
}

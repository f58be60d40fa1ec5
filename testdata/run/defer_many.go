// run

// Many defers: records in frames (defers outside loops), pooled heap
// records (defers in loops), reused after panics and recoveries.

package main

var n int

func f(k int) {
	for i := 0; i < k; i++ {
		defer func(j int) { n += j }(i)
	}
}

func g() (r int) {
	defer func() {
		if recover() != nil {
			r = 1
		}
	}()
	f(3)
	var p *int
	return *p
}

func main() {
	for i := 0; i < 50000; i++ {
		f(4)
	}
	s := 0
	for i := 0; i < 20000; i++ {
		s += g()
	}
	println(n, s)
}

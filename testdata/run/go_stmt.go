// run

// go statements: the function value and arguments are evaluated where the
// statement is, the call runs in a new goroutine (here scheduled by
// runtime.Gosched, as there are no channels yet): plain functions, closures,
// method values, interface methods, builtins and multi-value arguments.

package main

import "runtime"

var log []string
var done int

func record(s string, n int) {
	log = append(log, s)
	done += n
}

type T struct{ name string }

func (t T) Run(n int)   { record("method "+t.name, n) }
func (t *T) PRun(n int) { record("pointer method "+t.name, n) }

type Runner interface{ Run(int) }

func pair() (string, int) { return "pair", 1 }

func main() {
	runtime.GOMAXPROCS(1)
	x := "arg"
	go record(x, 1)
	x = "changed" // the argument was evaluated at the go statement
	go func() { record("closure", 1) }()
	i := 41
	go func(k int) { record("literal with argument", k-40) }(i)
	t := T{"t"}
	go t.Run(1)
	go (&t).PRun(1)
	var r Runner = T{"iface"}
	go r.Run(1)
	f := r.Run
	go f(1)
	go record(pair())
	go println("builtin println")
	s := make([]int, 3)
	src := []int{7, 8, 9}
	get := func() ([]int, []int) { return s, src }
	go copy(get())
	for n := 0; n < 10; n++ {
		go func(n int) { done += n * 0 }(n)
	}
	for done < 8 {
		runtime.Gosched()
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	// The order goroutines run in is the scheduler's: print them sorted.
	for i := 1; i < len(log); i++ {
		for j := i; j > 0 && log[j] < log[j-1]; j-- {
			log[j], log[j-1] = log[j-1], log[j]
		}
	}
	for _, l := range log {
		println(l)
	}
	func() {
		defer r.Run(100)
		defer record(pair())
		defer copy(get())
		src[0] = 70
	}()
	println(done, s[0], s[1], s[2], x, log[len(log)-1], log[len(log)-2])
}

// run

// The scheduler's goroutine switches (newproc, gogo, mcall, goexit and
// Gosched) driven from assembly until the compiler has go statements:
// spawn starts worker(i) goroutines through runtime·newproc.

package main

import "runtime"

var done int

func spawn(i int)

//go:noinline
func worker() {
	id := nextID
	nextID++
	for step := 0; step < 3; step++ {
		println("worker", id, "step", step)
		runtime.Gosched()
	}
	done++
}

var nextID int

func main() {
	for i := 0; i < 3; i++ {
		spawn(i)
	}
	println("main spawned")
	for done < 3 {
		runtime.Gosched()
	}
	println("main done", done)
}

// run
// exitcode 2

// A nil pointer dereference panics.

package main

type T struct{ x int }

func get(p *T) int { return p.x }

func main() {
	println(get(&T{3}))
	println(get(nil))
}

// Monomorphic interface calls: 50,000,000 calls of one method at a call
// site that always sees the same dynamic type.

package main

type Adder interface{ Add(x int) int }

type inc struct{ k int }

func (a *inc) Add(x int) int { return x + a.k }

//go:noinline
func run(a Adder, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = a.Add(s) & 0xffffff
	}
	return s
}

func main() {
	println(run(&inc{3}, 50000000))
}

// A type with more than 16384 pointer words: its bitmap symbol, named by
// its hex digits, made the output quadratic. (gc describes such a type
// with a GC program; ours is named by a hash.)
package main

type T struct {
	Slice [1 << 20][]int
	Ptr   *int
}

func New(p *int) *T {
	return &T{Ptr: p}
}

func main() {
	println(New(nil).Ptr)
}

// Values of hundreds of megabytes passed, returned and assigned: their
// copies through the ABI0 call area were unrolled in 256-byte pieces,
// millions of SSA values. The frame is then over gc's 1 GB limit.
package main

type Big [0xFFFFFFF]byte

func f(i int, a Big) (b Big) {
	b = a
	b[i] = 1
	return
}

func main() {
	var a Big
	b := f(1, a)
	println(b[1])
}

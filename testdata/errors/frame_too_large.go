// errorcheck

// gc's limit on stack frames (1 GB), reported at the function. The
// values' copies are many times the 256-byte pieces argument copies use.

package main

type Big = [400e6]byte

func f() { // ERROR "stack frame too large \(>1GB\): [0-9]+ MB locals \+ 0 MB args"
	g(h(), h())
}

//go:noinline
func g(a, b Big) {}

//go:noinline
func h() (b Big) { return }

func main() {
	f()
}

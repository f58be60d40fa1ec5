// run

// Deferred calls and recovery while the goroutine stack grows (copied):
// defer records and the panic's argp follow the stack.

package main

func deep(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	if n == 0 {
		return int(pad[0])
	}
	return deep(n-1) + int(pad[n%64]&1)
}

func grow() (r int) {
	r = 0
	defer func() {
		if recover() != nil {
			r = deep(20000) // grows the stack inside the deferred call
		}
	}()
	x := deep(10)
	if x >= 0 {
		panic("x")
	}
	return
}

func growBefore() (r int) {
	defer func() {
		recover()
		r = 7
	}()
	deep(50000)
	var p *int
	return *p
}

func main() {
	println(growBefore())
	for i := 0; i < 3; i++ {
		func() {
			defer func() { println("rec", recover() != nil) }()
			deep(1000 * (i + 1))
			panic("x")
		}()
	}
	println(grow2(), grow())
}

func grow2() (r int) {
	defer func() {
		recover()
		deep(30000)
		r = 9
	}()
	defer func() { deep(20000) }()
	panic("y")
}

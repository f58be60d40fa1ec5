// run

// After a recovered panic, recover returns nil again, the function
// returns normally to its caller, and later panics are recoverable too.

package main

func catch(tag string) {
	r := recover()
	println(tag, r != nil)
	println(tag, "again", recover() == nil)
}

func f(n int) (out int) {
	defer func() {
		if recover() != nil {
			out = -n
		}
	}()
	if n%2 == 1 {
		panic(n)
	}
	return n
}

func g() {
	defer catch("g")
	panic("boom")
}

func h() {
	defer catch("h") // no panic: recover is nil
}

func main() {
	for i := 0; i < 5; i++ {
		print(f(i), " ")
	}
	println()
	g()
	h()
	g()
	println("done", recover() == nil)
}

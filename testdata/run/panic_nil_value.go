// run

// Go 1.19's panic(nil): recover returns nil, so code testing recover() !=
// nil believes there was no panic, but the panic is still stopped.

package main

func f() (status string) {
	status = "returned normally"
	defer func() {
		r := recover()
		if r != nil {
			status = "recovered non-nil"
		} else {
			status = "recover gave nil"
		}
	}()
	panic(nil)
}

func g() {
	var e error
	defer func() {
		println("g recovered:", recover() == nil)
	}()
	panic(e)
}

func main() {
	println(f())
	g()
	println("after")
}

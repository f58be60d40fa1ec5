// run

// Panics replaced in deferred calls, caught further up: recover returns
// the latest value; aborted panics are not reported.

package main

func level3() {
	defer func() {
		panic("from level3 defer")
	}()
	panic("level3")
}

func level2() {
	defer func() {
		r := recover()
		println("level2 recovered:", r.(string))
		panic("level2 rethrow")
	}()
	level3()
}

func level1() (msg string) {
	defer func() {
		msg = recover().(string)
	}()
	level2()
	return "normal"
}

func main() {
	println(level1())
	println(level1())
}

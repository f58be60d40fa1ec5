// run

// println and print of interface values show the two words, as gc:
// (0x0,0x0) for nil interfaces of either kind.

package main

type I interface{ M() }

func get() (interface{}, I, error) { return nil, nil, nil }

func main() {
	var e interface{}
	var i I
	println(e, i)
	print(e, " ", i, "\n")
	println(get())
	var err error
	println("err:", err)
}

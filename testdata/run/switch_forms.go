// run

// switch: on strings, on expressions with init statements, cases with
// several values, break inside a switch inside a loop, labeled break out of
// the loop, fallthrough into default, empty switch.

package main

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 3, 5, 7, 9:
		return "odd"
	case 2, 4, 6, 8:
		return "even"
	}
	return "many"
}

func main() {
	for i := 0; i < 12; i += 3 {
		println(i, name(i))
	}
	switch s := "go" + "lang"; s {
	case "go":
		println("short")
	case "golang":
		println("long")
	default:
		println("other")
	}
	n := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break loop
		}
		switch i {
		case 3:
			n += 100
			break
		}
		n += i
	}
	println(n)
	switch x := 5; {
	case x > 3:
		println("gt3")
		fallthrough
	default:
		println("default")
	}
	switch {
	}
	var u8 uint8 = 200
	switch u8 {
	case 200:
		println("u8 200")
	}
	f := 2.5
	switch f {
	case 2.5:
		println("float case")
	}
}

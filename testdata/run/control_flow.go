// run

// if/else chains, for loops in all forms, labeled break and continue,
// goto, switch with and without tag, fallthrough, default in the middle.

package main

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "big"
	}
}

func sw(n int) int {
	r := 0
	switch n {
	case 1, 2:
		r = 12
	case 3:
		r = 3
		fallthrough
	case 4:
		r += 40
	default:
		r = -1
	case 5:
		r = 5
	}
	return r
}

func main() {
	for _, v := range []int{-5, 0, 3, 42} {
		println(v, classify(v))
	}
	for i := 0; i < 7; i++ {
		print(sw(i), " ")
	}
	println()
	i := 0
	for i < 3 {
		i++
	}
	println(i)
	for {
		i++
		if i > 10 {
			break
		}
	}
	println(i)
outer:
	for a := 0; a < 5; a++ {
		for b := 0; b < 5; b++ {
			if b == 3 {
				continue outer
			}
			if a == 3 {
				break outer
			}
			print(a, b, " ")
		}
	}
	println()
	n := 0
loop:
	n++
	if n < 5 {
		goto loop
	}
	println(n)
	s := "b"
	switch s {
	case "a":
		println("A")
	case "b":
		println("B")
	}
	if x := n * 2; x > 5 {
		println("x", x)
	} else if x > 2 {
		println("y")
	} else {
		println("z")
	}
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	println(sum)
}

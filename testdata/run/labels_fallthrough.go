// run

// Labels, goto and fallthrough: backward and forward gotos, labeled
// continue and break out of nested for, range and switch, fallthrough
// chains through several cases and into a default that is not last, and
// a switch whose matched case is the default.

package main

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "nonpos "
		fallthrough
	default:
		s += "any "
	case n > 100:
		s += "big "
		fallthrough
	case n > 10:
		s += "medium "
	}
	return s
}

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		goto done
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto top
	}
	n = 3*n + 1
	goto top
done:
	return steps
}

func find(grid [][]int, want int) (int, int) {
	ri, ci := -1, -1
outer:
	for i, row := range grid {
		for j := range row {
			switch {
			case row[j] < 0:
				continue outer
			case row[j] == want:
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci
}

func main() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		println(n, classify(n))
	}
	println(collatz(1), collatz(6), collatz(27))
	grid := [][]int{{1, 2, -1, 9}, {3, 9, 4}, {9}}
	println(find(grid, 9))
	println(find(grid, 7))
	n := 0
	i := 0
loop:
	if i < 10 {
		i++
		switch i % 3 {
		case 0:
			goto loop
		case 1:
			n += i
			fallthrough
		case 2:
			n *= 2
		}
		goto loop
	}
	println(n, i)
	count := 0
rows:
	for a := 0; a < 5; a++ {
		for b := 0; b < 5; b++ {
			if b > a {
				continue rows
			}
			if a+b == 7 {
				break rows
			}
			count++
		}
	}
	println(count)
}

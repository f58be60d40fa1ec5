// run

// Binary search (lower bound) over sorted ints and strings.

package main

func lower(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func find(words []string, w string) int {
	lo, hi := 0, len(words)-1
	for lo <= hi {
		m := (lo + hi) / 2
		switch {
		case words[m] == w:
			return m
		case words[m] < w:
			lo = m + 1
		default:
			hi = m - 1
		}
	}
	return -1
}

func main() {
	a := make([]int, 100)
	for i := range a {
		a[i] = i * 3
	}
	println(lower(a, 0), lower(a, 1), lower(a, 150), lower(a, 297), lower(a, 1000))
	ws := []string{"apple", "banana", "cherry", "date", "fig", "grape"}
	println(find(ws, "apple"), find(ws, "date"), find(ws, "grape"), find(ws, "kiwi"))
}

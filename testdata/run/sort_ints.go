// run

// Insertion sort and quicksort on slices of ints.

package main

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func main() {
	seed := uint32(7)
	a := make([]int, 50)
	b := make([]int, 50)
	for i := range a {
		seed = seed*1103515245 + 12345
		a[i] = int(seed>>16) % 1000
		b[i] = a[i]
	}
	insertion(a)
	quick(b)
	for i := range a {
		if a[i] != b[i] {
			println("mismatch", i)
		}
	}
	println(a[0], a[25], a[49], b[0], b[49])
}

// run

// Stack growth with frames larger than a new goroutine's whole stack, and
// alternating small and large frames.

package main

func big(n int) int {
	var a [3000]int
	a[n%3000] = n
	a[(n*7)%3000] += 3
	if n == 0 {
		return a[0] + a[2999]
	}
	return big(n-1) + a[n%3000] + a[(n*7)%3000]
}

func small(n int) int {
	if n == 0 {
		return 1
	}
	if n%10 == 0 {
		return big(3) + small(n-1)
	}
	return small(n-1) + 1
}

func main() {
	println(big(300))
	println(small(5000))
}

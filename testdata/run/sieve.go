// run

// The sieve of Eratosthenes over a []bool.

package main

func main() {
	const n = 200
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		print(i, " ")
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	println()
	println(count)
}

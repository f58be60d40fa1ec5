// run

// goto forward and backward, labeled blocks left with break, labeled
// continue in nested range loops.

package main

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto top
done:
	return steps
}

func main() {
	println(collatz(27), collatz(1), collatz(97))
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	sum := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			sum += v
		}
	}
	println(sum)
	i := 0
	for {
		i++
		if i == 3 {
			goto out
		}
	}
out:
	println(i)
}

// Sprintf of floats: 600,000 calls of %v (shortest), %.3f, %e and %g.

package main

import "fmt"

func main() {
	total := 0
	x := 1.0
	for i := 0; i < 150000; i++ {
		x = x*1.000123 + 0.37
		total += len(fmt.Sprintf("%v", x))
		total += len(fmt.Sprintf("%.3f", x))
		total += len(fmt.Sprintf("%e", 1/x))
		total += len(fmt.Sprintf("%g", float32(x)))
	}
	println(total)
}

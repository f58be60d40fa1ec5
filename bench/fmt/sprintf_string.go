// Sprintf of strings and mixed operands: 600,000 calls of %s, %q, %-10s|
// and a four-operand line.

package main

import "fmt"

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "héllo, 世界", "tab\there"}
	total := 0
	for i := 0; i < 150000; i++ {
		w := words[i%len(words)]
		total += len(fmt.Sprintf("%s", w))
		total += len(fmt.Sprintf("%q", w))
		total += len(fmt.Sprintf("%-10s|", w))
		total += len(fmt.Sprintf("%s=%d (%v) %t", w, i, i%3 == 0, i&1 == 0))
	}
	println(total)
}

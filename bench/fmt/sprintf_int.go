// Sprintf of integers: 1,000,000 calls of %d, %5d, %x and %08b.

package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 250000; i++ {
		total += len(fmt.Sprintf("%d", i*7919-1000000))
		total += len(fmt.Sprintf("%5d", i))
		total += len(fmt.Sprintf("%x", uint64(i)*0x9E3779B97F4A7C15))
		total += len(fmt.Sprintf("%08b", uint8(i)))
	}
	println(total)
}

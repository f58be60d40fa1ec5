// strconv: 300,000 rounds of Itoa, FormatFloat ('g' shortest and 'f' 2)
// and ParseFloat of the shortest form.

package main

import "strconv"

func main() {
	total := 0
	x := 1.0
	for i := 0; i < 300000; i++ {
		x = x*1.000123 + 0.37
		total += len(strconv.Itoa(i * 7919))
		s := strconv.FormatFloat(x, 'g', -1, 64)
		total += len(s)
		total += len(strconv.FormatFloat(x, 'f', 2, 64))
		y, err := strconv.ParseFloat(s, 64)
		if err != nil || y != x {
			println("round trip failed", s)
			return
		}
	}
	println(total)
}

// run

// String comparisons (<, <=, >, >=, ==, !=) on prefixes, equal lengths,
// bytes above 0x7f, and empty strings; string switch and sorting.

package main

func less(a, b string) bool { return a < b }

func main() {
	ws := []string{"", "a", "ab", "abc", "b", "ba", "\xff", "Z", "é", "aa"}
	for _, a := range ws {
		for _, b := range ws {
			print(a < b, a <= b, a > b, a >= b, a == b, a != b, " ")
		}
		println()
	}
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && less(ws[j], ws[j-1]); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
	for _, w := range ws {
		print("[", w, "]")
	}
	println()
}

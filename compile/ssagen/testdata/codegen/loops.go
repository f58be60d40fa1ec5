package codegen

// A counted loop over a slice with a bounds check per element.
func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

// Range over a string, decoding UTF-8.
func countRunes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
